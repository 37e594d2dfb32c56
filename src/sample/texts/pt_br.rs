use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::PtBr,
    standard: "Padrão B2B (português do Brasil)",
    key_accounts: "Grandes contas (português do Brasil)",
    courtesy: Message {
        name: "Aviso de vencimento",
        subject: Some("Faturas a vencer: cliente #customer_code"),
        body: "Prezado(a) #contact_name,

Gostaríamos de lembrar que faturas no valor de **#items_amount_not_due** da sua conta com a \
#company_name vencem nos próximos dias:

#items_list

Se o pagamento já estiver programado, agradecemos: não é preciso fazer mais nada.

O pagamento pode ser feito online, com segurança, em #payment_link ou por transferência bancária:

#company_bank_details

Se alguma dessas faturas parecer incorreta, basta responder a este e-mail: faremos a correção \
antes do vencimento.

Atenciosamente,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Primeiro lembrete",
        subject: Some("Lembrete de pagamento: cliente #customer_code"),
        body: "Prezado(a) #contact_name,

Segundo nossos registros, as seguintes faturas estão vencidas e em aberto:

#items_list_overdue

O valor vencido é de **#items_amount_overdue**. Pedimos a gentileza de providenciar o pagamento \
nos próximos dias, online em #payment_link ou por transferência bancária para:

#company_bank_details

Caso o pagamento já tenha sido efetuado, agradecemos e pedimos que desconsidere esta mensagem. Se \
alguma fatura estiver em contestação ou se precisar de uma segunda via, informe-nos qual \
respondendo a este e-mail: ela ficará suspensa enquanto a analisamos.

Atenciosamente,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "Lembrete por SMS",
        subject: None,
        body: "#company_name: #items_amount_overdue vencidos na sua conta #customer_code. Pague online: #payment_link. Obrigado.",
    },
    call: Message {
        name: "Ligação telefônica",
        subject: None,
        body: "Ligar para o contato #contact_name (#contact_phone) sobre a conta #customer_code \
(#customer_name).

Vencido: #items_amount_overdue; saldo total em aberto: #items_amount.

#items_list_overdue

Perguntar: a fatura foi recebida e aprovada? Há alguma contestação? Quando e quanto será pago? \
Registrar qualquer promessa de pagamento (data e valor) ou contestação nos títulos e, em seguida, \
concluir a ação.
",
    },
    second_reminder: Message {
        name: "Segundo aviso (carta)",
        subject: Some("Segundo aviso: faturas em aberto, cliente #customer_code"),
        body: "Prezado(a) Senhor(a),

Apesar de nossos lembretes anteriores, as seguintes faturas permanecem em aberto nesta data, \
#today:

#items_list_overdue

O saldo vencido é de **#items_amount_overdue**. Solicitamos que o pagamento seja efetuado no prazo \
de oito dias a contar da data desta carta, por transferência bancária para a conta abaixo:

#company_bank_details

ou online em #payment_link.

Lembramos que, conforme nossas condições gerais de venda, o atraso no pagamento acarreta juros de \
mora à taxa anual de #company_late_penalty_rate, além de uma indenização fixa por fatura a \
título de custos de cobrança. Preferimos não aplicá-los e contamos com sua pronta regularização.

Caso discorde de algum desses títulos, pedimos que nos informe imediatamente, para que possamos \
analisá-lo.

Atenciosamente,
",
    },
    formal_notice: Message {
        name: "Notificação extrajudicial (carta registrada)",
        subject: Some("Notificação extrajudicial de cobrança: cliente #customer_code"),
        body: "Prezado(a) Senhor(a),

Nossos lembretes das últimas semanas não foram atendidos, e as seguintes faturas continuam em \
aberto:

#items_list_overdue

Pela presente, notificamos extrajudicialmente V.Sa. a pagar, no prazo de oito dias a contar do \
recebimento desta carta, a quantia de **#items_amount_include_late_penalties**, correspondente ao \
saldo vencido de #items_amount_overdue acrescido de #items_amount_late_penalties de encargos \
moratórios (juros à taxa anual de #company_late_penalty_rate e indenizações fixas pelos custos de \
cobrança, conforme nossas condições gerais de venda).

O pagamento poderá ser efetuado por transferência bancária para a conta abaixo:

#company_bank_details

Na falta de pagamento nesse prazo, encaminharemos o caso ao nosso departamento jurídico para as \
medidas judiciais cabíveis, sem novo aviso, ficando as despesas decorrentes a cargo de V.Sa.

Atenciosamente,
",
    },
    personal_reminder: Message {
        name: "Lembrete pessoal",
        subject: Some("Sua conta #customer_code na #company_name"),
        body: "Prezado(a) #contact_name,

Espero que esteja tudo bem. Revisando sua conta, notei que há #items_amount_overdue vencidos:

#items_list_overdue

Poderia me informar quando podemos esperar o pagamento, ou se há algo do seu lado impedindo a \
liberação dessas faturas? Posso enviar segundas vias ou colocá-lo(a) em contato com nossa equipe \
comercial.

Cordialmente,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalonamento",
        subject: None,
        body: "Escalar a conta #customer_code (#customer_name) para o gerente comercial e o comitê de \
crédito: #items_amount_overdue vencidos, #items_amount em aberto.

#items_list_overdue

A decidir: bloqueio de novos pedidos, acordo de parcelamento ou encaminhamento ao departamento \
jurídico.
",
    },
    promise_follow_up: Message {
        name: "Acompanhamento de promessa de pagamento",
        subject: Some("Acompanhamento de promessa de pagamento"),
        body: "Verificar o pagamento de #items_amount_selected prometido pelo contato \
#contact_name (#contact_phone):

#items_list_selected

Se não tiver entrado, ligar para obter uma nova data e registrá-la; se tiver entrado, retirar o \
status de promessa.
",
    },
    dispute_review: Message {
        name: "Análise da contestação",
        subject: Some("Análise da contestação"),
        body: "Analisar a contestação apresentada por #customer_name sobre:

#items_list_selected

Valor contestado: #items_amount_selected. Ouvir as equipes comercial e de logística, decidir entre \
nota de crédito ou recusa e responder ao contato \
#contact_name (#contact_email).
",
    },
    payment_plan: Message {
        name: "Parcela do parcelamento",
        subject: Some("Seu parcelamento: cliente #customer_code"),
        body: "Prezado(a) #contact_name,

Conforme combinado, lembramos que vencem as seguintes parcelas do seu acordo de parcelamento:

#items_list_selected

Valor a pagar: **#items_amount_selected**. Pedimos a gentileza de garantir que a transferência \
chegue a tempo:

#company_bank_details

Agradecemos por cumprir o cronograma combinado.

Atenciosamente,

#user_name\\
#user_title, #company_name
",
    },
};
