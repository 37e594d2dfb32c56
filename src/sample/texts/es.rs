use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::Es,
    standard: "Estándar B2B (español)",
    key_accounts: "Grandes cuentas (español)",
    courtesy: Message {
        name: "Aviso previo",
        subject: Some("Próximo vencimiento en su cuenta #customer_code"),
        body: "Estimado/a #contact_name:

Le recordamos amablemente que facturas por un importe de **#items_amount_not_due** de su cuenta \
con #company_name vencen en los próximos días:

#items_list

Si ya tiene programado el pago, se lo agradecemos: no es necesario que haga nada más.

Puede pagar de forma segura en línea en #payment_link o mediante transferencia:

#company_bank_details

Si alguna de estas facturas le parece incorrecta, responda a este correo y la revisaremos antes \
del vencimiento.

Atentamente,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Primer recordatorio",
        subject: Some("Recordatorio de pago: cuenta #customer_code"),
        body: "Estimado/a #contact_name:

Según nuestros registros, las siguientes facturas están vencidas y pendientes de pago:

#items_list_overdue

El importe vencido asciende a **#items_amount_overdue**. Le agradeceríamos que realizara el pago \
en los próximos días, en línea en #payment_link o mediante transferencia a:

#company_bank_details

Si ya ha efectuado el pago, le rogamos que no tenga en cuenta este mensaje. Si alguna factura está \
en disputa o necesita una copia, indíquenos cuál respondiendo a este correo: la dejaremos en \
suspenso mientras la revisamos.

Atentamente,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "Recordatorio SMS",
        subject: None,
        body: "#company_name: #items_amount_overdue vencidos en su cuenta #customer_code. Pague en línea: #payment_link. Gracias.",
    },
    call: Message {
        name: "Llamada",
        subject: None,
        body: "Llamar a #contact_name (#contact_phone) por la cuenta #customer_code, #customer_name.

Vencido: #items_amount_overdue; saldo pendiente total: #items_amount.

#items_list_overdue

Preguntar: ¿se ha recibido y aprobado la factura? ¿Hay alguna disputa? ¿Cuándo y cuánto se \
pagará? Registrar cualquier promesa de pago (fecha e importe) o disputa en las partidas y \
completar la acción.
",
    },
    second_reminder: Message {
        name: "Segundo aviso (carta)",
        subject: Some("Segundo aviso: facturas impagadas, cuenta #customer_code"),
        body: "Muy señores nuestros:

A pesar de nuestros recordatorios anteriores, las siguientes facturas siguen pendientes de pago a \
fecha #today:

#items_list_overdue

El saldo vencido asciende a **#items_amount_overdue**. Les rogamos que lo abonen en un plazo de \
ocho días desde la fecha de esta carta, mediante transferencia a la cuenta siguiente:

#company_bank_details

o en línea en #payment_link.

Les recordamos que, según nuestras condiciones generales de venta, el retraso en el pago devenga \
intereses de demora al tipo anual de #company_late_penalty_rate y una indemnización fija por \
costes de cobro por factura. Preferiríamos no aplicarlos y confiamos en su pronto pago.

Si no están conformes con alguna de estas partidas, les rogamos que nos lo comuniquen de \
inmediato para poder examinarla.

Atentamente,
",
    },
    formal_notice: Message {
        name: "Requerimiento de pago (burofax)",
        subject: Some("Requerimiento formal de pago: cuenta #customer_code"),
        body: "Muy señores nuestros:

Nuestros recordatorios de las últimas semanas no han obtenido respuesta y las siguientes \
facturas siguen impagadas:

#items_list_overdue

Por la presente les requerimos formalmente para que, en un plazo de ocho días desde la \
recepción de esta carta, abonen la cantidad de **#items_amount_include_late_penalties**, que \
corresponde al saldo vencido de #items_amount_overdue más los recargos por demora de \
#items_amount_late_penalties (intereses al tipo anual de #company_late_penalty_rate e \
indemnizaciones por costes de cobro, conforme a la Ley 3/2004 de lucha contra la morosidad).

Pueden efectuar el pago mediante transferencia a la cuenta siguiente:

#company_bank_details

De no recibir el pago en dicho plazo, trasladaremos el expediente a nuestro departamento \
jurídico sin más aviso, con los gastos adicionales que ello conlleva.

Atentamente,
",
    },
    personal_reminder: Message {
        name: "Recordatorio personal",
        subject: Some("Su cuenta #customer_code con #company_name"),
        body: "Estimado/a #contact_name:

Revisando su cuenta, he visto que #items_amount_overdue está ya vencido:

#items_list_overdue

¿Podría indicarme cuándo podemos esperar el pago, o si hay algo que esté bloqueando estas facturas \
por su parte? Con gusto le envío copias o le pongo en contacto con nuestro equipo comercial.

Un saludo cordial,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalado",
        subject: None,
        body: "Escalar la cuenta #customer_code (#customer_name) al responsable comercial y al comité de \
crédito: #items_amount_overdue vencidos, #items_amount pendientes.

#items_list_overdue

Decidir: bloqueo de nuevos pedidos, plan de pagos o traspaso al departamento jurídico.
",
    },
    promise_follow_up: Message {
        name: "Seguimiento de promesa de pago",
        subject: Some("Seguimiento de promesa de pago"),
        body: "Comprobar el pago de #items_amount_selected prometido por #contact_name (#contact_phone):

#items_list_selected

Si no ha llegado, llamar para obtener una nueva fecha y registrarla; si ha llegado, retirar el \
estado de promesa.
",
    },
    dispute_review: Message {
        name: "Revisión de la disputa",
        subject: Some("Revisión de la disputa"),
        body: "Revisar la disputa planteada por #customer_name sobre:

#items_list_selected

Importe en disputa: #items_amount_selected. Recabar la opinión de los equipos comercial y \
logístico, decidir entre un abono o el rechazo y responder a #contact_name (#contact_email).
",
    },
    payment_plan: Message {
        name: "Plazo del plan de pagos",
        subject: Some("Su plan de pagos: cuenta #customer_code"),
        body: "Estimado/a #contact_name:

Tal como acordamos, le recordamos que vencen los siguientes plazos de su plan de pagos:

#items_list_selected

Importe a pagar: **#items_amount_selected**. Le rogamos que se asegure de que la transferencia \
nos llegue a tiempo:

#company_bank_details

Gracias por cumplir el calendario acordado.

Atentamente,

#user_name\\
#user_title, #company_name
",
    },
};
