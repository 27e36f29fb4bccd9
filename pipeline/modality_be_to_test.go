package pipeline

import "testing"

// TestModalityBeTo: a present "be" followed straight away by an infinitive
// ("Putin is to travel to Ankara", "the rebels are to hand over their
// weapons") tells an act arranged, announced as "will" tells it: coded as
// its intent, asserted. "Was to" (an arrangement then), a condition ("if
// the talks are to succeed"), "is not to" and the terms of an accord
// ("under the agreement, Armenian forces are to withdraw") announce
// nothing.
func TestModalityBeTo(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"is to travel for talks", "2017-01-01", "Putin is to travel to Ankara next month for talks with Erdogan.", "036", "RUS>TUR", "", ""},
		{"is to visit", "2019-01-01", "The Japanese prime minister is to visit Washington in April.", "036", "JPN>USA", "", ""},
		{"are to meet", "2013-01-01", "Delegations from Sudan and South Sudan are to meet in Addis Ababa next week.", "036", "SDN>SSD", "", ""},
		{"are to hand over weapons", "2016-01-01", "The rebels are to hand over their weapons to the United Nations.", "0356", "REB>IGOUNO", "", ""},
		{"is to send soldiers", "1998-09-01", "Botswana is to send 300 soldiers to Lesotho.", "03", "BWA>LSO", "", ""},
		{"is to release prisoners", "2013-08-01", "Israel is to release 26 Palestinian prisoners on Tuesday.", "0353", "ISR>PSE", "", ""},
		{"is to release: no release yet", "2013-08-01", "Israel is to release 26 Palestinian prisoners on Tuesday.", "0841", "", "", ""},
		{"are to sign", "2018-09-01", "Ethiopia and Eritrea are to sign a peace agreement in Jeddah on Sunday.", "03", "ETH>ERI", "", ""},
		{"guard: was to step down", "1994-10-01", "Cedras was to step down by October 15.", "03", "", "", ""},
		{"guard: if the talks are to succeed", "2019-01-01", "If the talks between Kabul and the Taliban are to succeed, both sides must compromise.", "03", "", "", ""},
		{"guard: is not to send", "2013-09-01", "Britain is not to send troops to Syria.", "03", "", "", ""},
		{"guard: the terms of an accord", "2020-11-01", "Under the agreement, Armenian forces are to withdraw from Kalbajar by November 15.", "03", "", "", ""},
		{"guard: under its terms", "2002-02-01", "Under its terms, Tamil guerrillas are to surrender their weapons within 72 hours.", "03", "", "", ""},
		{"guard: an accord under which", "2020-03-01", "The United States and the Taliban signed a deal in Doha under which American troops are to leave Afghanistan within 14 months.", "03", "", "", ""},
		{"guard: is about to", "2019-01-01", "Kenyan police are about to arrest the opposition leader.", "173", "", "", ""},
	})
}
