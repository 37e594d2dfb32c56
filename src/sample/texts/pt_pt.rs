use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::PtPt,
    standard: "Padrão B2B (português)",
    key_accounts: "Grandes contas (português)",
    courtesy: Message {
        name: "Aviso prévio de vencimento",
        subject: Some("Faturas a vencer: cliente n.º #customer_code"),
        body: "Estimado(a) #contact_name,

Vimos por este meio lembrar que faturas no valor de **#items_amount_not_due** da sua conta junto \
da #company_name vencem nos próximos dias:

#items_list

Se o pagamento já estiver agendado, agradecemos desde já: não é necessária qualquer ação da sua \
parte.

Pode pagar online em segurança em #payment_link, ou por transferência bancária:

#company_bank_details

Se alguma destas faturas lhe parecer incorreta, basta responder a este e-mail: procederemos à sua \
correção antes do vencimento.

Com os melhores cumprimentos,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Primeiro lembrete",
        subject: Some("Lembrete de pagamento: cliente n.º #customer_code"),
        body: "Estimado(a) #contact_name,

De acordo com os nossos registos, as seguintes faturas encontram-se vencidas e por liquidar:

#items_list_overdue

O montante vencido ascende a **#items_amount_overdue**. Agradecemos que proceda ao seu pagamento \
nos próximos dias, online em #payment_link ou por transferência bancária para:

#company_bank_details

Caso já tenha efetuado o pagamento, agradecemos e pedimos que ignore esta mensagem. Se alguma \
fatura estiver em litígio ou precisar de uma segunda via, indique-nos qual em resposta a este \
e-mail: ficará suspensa enquanto a analisamos.

Com os melhores cumprimentos,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "Lembrete por SMS",
        subject: None,
        body: "#company_name: #items_amount_overdue em atraso na conta de cliente #customer_code. Pague online: #payment_link. Obrigado.",
    },
    call: Message {
        name: "Chamada telefónica",
        subject: None,
        body: "Telefonar ao contacto #contact_name (#contact_phone) sobre a conta de cliente #customer_code \
(#customer_name).

Vencido: #items_amount_overdue; saldo total em dívida: #items_amount.

#items_list_overdue

Perguntar: a fatura foi recebida e aprovada? Há algum litígio? Quando e quanto será pago? Registar \
qualquer promessa de pagamento (data e montante) ou litígio sobre os documentos e, depois, \
concluir a ação.
",
    },
    second_reminder: Message {
        name: "Segundo aviso (carta)",
        subject: Some("Segundo aviso: faturas por liquidar, cliente n.º #customer_code"),
        body: "Exmo(a). Senhor(a),

Apesar dos nossos lembretes anteriores, as seguintes faturas continuam por liquidar à data de \
#today:

#items_list_overdue

O saldo vencido ascende a **#items_amount_overdue**. Solicitamos que proceda ao seu pagamento no \
prazo de oito dias a contar da data desta carta, por transferência bancária para a conta seguinte:

#company_bank_details

ou online em #payment_link.

Recordamos que, nos termos das nossas condições gerais de venda e do Decreto-Lei n.º 62/2013, o \
atraso no pagamento implica o vencimento de juros de mora à taxa anual de \
#company_late_penalty_rate, bem como uma indemnização fixa de #company_recovery_cost por fatura \
pelos custos de cobrança. Preferíamos não ter de os aplicar e contamos com a sua pronta \
regularização.

Caso discorde de algum destes documentos, agradecemos que nos informe de imediato, para que o \
possamos analisar.

Com os melhores cumprimentos,
",
    },
    formal_notice: Message {
        name: "Interpelação para pagamento (carta registada)",
        subject: Some("Interpelação para pagamento: cliente n.º #customer_code"),
        body: "Exmo(a). Senhor(a),

Os nossos lembretes das últimas semanas não obtiveram resposta, e as seguintes faturas continuam \
por liquidar:

#items_list_overdue

Pela presente, interpelamos V. Ex.ª para, no prazo de oito dias a contar da receção desta carta, \
proceder ao pagamento da quantia de **#items_amount_include_late_penalties**, correspondente ao \
saldo vencido de #items_amount_overdue acrescido de #items_amount_late_penalties de encargos de \
mora (juros à taxa anual de #company_late_penalty_rate e indemnizações pelos custos de cobrança, \
nos termos das nossas condições gerais de venda e do Decreto-Lei n.º 62/2013).

O pagamento poderá ser efetuado por transferência bancária para a conta seguinte:

#company_bank_details

Na falta de pagamento dentro deste prazo, remeteremos o processo para o nosso departamento \
jurídico, sem mais aviso, com vista à cobrança judicial, correndo por conta de V. Ex.ª as \
despesas daí decorrentes.

Com os melhores cumprimentos,
",
    },
    personal_reminder: Message {
        name: "Lembrete pessoal",
        subject: Some("A sua conta #customer_code junto da #company_name"),
        body: "Caro(a) #contact_name,

Espero que esteja bem. Ao rever a sua conta, reparei que se encontra vencido o montante de \
#items_amount_overdue:

#items_list_overdue

Pode indicar-me quando podemos contar com o pagamento, ou se há alguma questão do vosso lado que \
esteja a impedir a liquidação destas faturas? Posso enviar-lhe segundas vias, ou pô-lo(a) em \
contacto com a nossa equipa comercial.

Cumprimentos,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalamento",
        subject: None,
        body: "Escalar a conta de cliente #customer_code (#customer_name) para o gestor de conta e o \
comité de crédito: #items_amount_overdue vencidos, #items_amount em dívida.

#items_list_overdue

A decidir: bloqueio de novas encomendas, plano de pagamentos ou envio para o departamento jurídico.
",
    },
    promise_follow_up: Message {
        name: "Acompanhamento de promessa de pagamento",
        subject: Some("Acompanhamento de promessa de pagamento"),
        body: "Verificar o pagamento de #items_amount_selected prometido pelo contacto \
#contact_name (#contact_phone):

#items_list_selected

Se não tiver chegado, telefonar para obter uma nova data e registá-la; se tiver chegado, retirar \
o estado de promessa.
",
    },
    dispute_review: Message {
        name: "Análise do litígio",
        subject: Some("Análise do litígio"),
        body: "Analisar o litígio levantado por #customer_name sobre:

#items_list_selected

Montante em litígio: #items_amount_selected. Recolher a opinião das equipas comercial e de \
logística, decidir entre nota de crédito ou rejeição e responder ao contacto \
#contact_name (#contact_email).
",
    },
    payment_plan: Message {
        name: "Prestação do plano de pagamentos",
        subject: Some("O seu plano de pagamentos: cliente n.º #customer_code"),
        body: "Estimado(a) #contact_name,

Conforme acordado, recordamos que se vencem as seguintes prestações do seu plano de pagamentos:

#items_list_selected

Montante a pagar: **#items_amount_selected**. Agradecemos que se assegure de que a transferência \
nos chegue a tempo:

#company_bank_details

Obrigado por cumprir o calendário acordado.

Com os melhores cumprimentos,

#user_name\\
#user_title, #company_name
",
    },
};
