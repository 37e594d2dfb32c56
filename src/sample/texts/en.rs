use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::En,
    standard: "Standard B2B (English)",
    key_accounts: "Key accounts (English)",
    courtesy: Message {
        name: "Courtesy reminder",
        subject: Some("Upcoming due date on your account #customer_code"),
        body: "Dear #contact_name,

This is a courtesy reminder that invoices totalling **#items_amount_not_due** on your account \
with #company_name fall due shortly:

#items_list

If payment is already scheduled, thank you: there is nothing more to do.

You can pay securely online at #payment_link, or by bank transfer:

#company_bank_details

If anything on these invoices looks wrong, simply reply to this e-mail and we will put it right \
before the due date.

Kind regards,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "First reminder",
        subject: Some("Payment reminder: account #customer_code"),
        body: "Dear #contact_name,

According to our records, the following invoices are now past due:

#items_list_overdue

The overdue balance is **#items_amount_overdue**. We would be grateful if you could arrange \
payment within the next few days, online at #payment_link or by transfer to:

#company_bank_details

If you have already paid, thank you, and please disregard this message. If an invoice is \
disputed or you need a copy, reply to this e-mail and tell us which one: we will put it on hold \
while we look into it.

Kind regards,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "SMS reminder",
        subject: None,
        body: "#company_name: #items_amount_overdue overdue on account #customer_code. Pay securely at #payment_link. Thank you.",
    },
    call: Message {
        name: "Phone call",
        subject: None,
        body: "Call #contact_name (#contact_phone) about account #customer_code, #customer_name.

Overdue: #items_amount_overdue; total outstanding: #items_amount.

#items_list_overdue

Ask: has the invoice been received and approved? Is anything disputed? When will it be paid, and \
how much? Record any promise to pay (date and amount) or dispute on the items, then complete this \
action.
",
    },
    second_reminder: Message {
        name: "Second reminder (letter)",
        subject: Some("Second reminder: overdue invoices, account #customer_code"),
        body: "Dear Sir or Madam,

Despite our previous reminders, the following invoices on your account remain unpaid as of #today:

#items_list_overdue

The overdue balance amounts to **#items_amount_overdue**. We ask you to settle it within eight days \
of the date of this letter, by bank transfer to:

#company_bank_details

or online at #payment_link.

Under our terms of sale, late payment bears interest at the annual rate of \
#company_late_penalty_rate and a fixed compensation for recovery costs per invoice. We would \
rather not apply them, and count on your prompt payment.

If you disagree with any of these items, please let us know at once so that we can look into it.

Yours faithfully,
",
    },
    formal_notice: Message {
        name: "Formal notice (registered letter)",
        subject: Some("Formal notice to pay: account #customer_code"),
        body: "Dear Sir or Madam,

Our reminders of the past weeks have gone unanswered, and the following invoices are still unpaid:

#items_list_overdue

We hereby give you formal notice to pay, within eight days of receipt of this letter, the sum of \
**#items_amount_include_late_penalties**: the overdue balance of #items_amount_overdue and \
late-payment penalties of #items_amount_late_penalties (interest at #company_late_penalty_rate a \
year and fixed recovery costs, as our terms of sale provide).

Payment can be made by bank transfer to:

#company_bank_details

Failing payment within this time, we will refer the matter to our legal department without \
further notice, and the additional costs will be yours.

Yours faithfully,
",
    },
    personal_reminder: Message {
        name: "Personal reminder",
        subject: Some("Your account #customer_code with #company_name"),
        body: "Dear #contact_name,

I hope you are well. Reviewing your account, I noticed that #items_amount_overdue is now past due:

#items_list_overdue

Could you let me know when we can expect payment, or whether anything is holding these invoices \
up on your side? I am happy to send copies, or to put you in touch with our sales team.

Best regards,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalation",
        subject: None,
        body: "Escalate account #customer_code (#customer_name) to the account manager and the credit \
committee: #items_amount_overdue overdue, #items_amount outstanding.

#items_list_overdue

To decide: a hold on new orders, a payment plan, or referral to the legal department.
",
    },
    promise_follow_up: Message {
        name: "Promise to pay follow-up",
        subject: Some("Promise to pay follow-up"),
        body: "Check the payment of #items_amount_selected promised by #contact_name (#contact_phone):

#items_list_selected

If it has not arrived, call for a new date and record it; if it has, clear the promise status.
",
    },
    dispute_review: Message {
        name: "Dispute review",
        subject: Some("Dispute review"),
        body: "Review the dispute raised by #customer_name on:

#items_list_selected

Amount in dispute: #items_amount_selected. Get the sales and logistics teams' view, decide on a \
credit note or a rejection, and reply to #contact_name (#contact_email).
",
    },
    payment_plan: Message {
        name: "Payment plan instalment",
        subject: Some("Your payment plan: account #customer_code"),
        body: "Dear #contact_name,

As agreed, this is a reminder that the following instalments of your payment plan fall due:

#items_list_selected

Amount due: **#items_amount_selected**. Please make sure that the transfer reaches us on time:

#company_bank_details

Thank you for keeping to the schedule we agreed.

Kind regards,

#user_name\\
#user_title, #company_name
",
    },
};
