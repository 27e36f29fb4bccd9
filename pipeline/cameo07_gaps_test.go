package pipeline

import "testing"

// TestFamilyAidGaps: aid (07) unfrozen, restored, reinstated or doubled as aid resumed is, debt
// rescheduled, coming to another's aid, and a delivery of weapons cleared or authorised, from the
// CAMEO 1.1b3 descriptions of 070-072. Refused or negated forms, and order or power restored, are
// no aid.
func TestFamilyAidGaps(t *testing.T) {
	testGapRows(t, []doerRow{
		{"aid unfrozen", "2012-04-23", "Japan unfroze aid to Myanmar on Monday.", "070", "JPNGOV>MMRGOV"},
		{"military aid restored", "2015-03-31", "The United States restored military aid to Egypt on Tuesday.", "072", "USAGOV>EGYGOV"},
		{"aid reinstated", "2021-04-07", "The United States reinstated aid to the Palestinians on Wednesday.", "070", "USAGOV>PSE"},
		{"aid doubled", "2016-02-04", "Britain doubled its aid to Syria on Thursday.", "070", "GBRGOV>SYRGOV"},
		{"debt rescheduled", "2004-11-21", "The Paris Club rescheduled Iraq's debt on Sunday.", "071", "IGO>IRQGOV"},
		{"debt rescheduled by a state", "1991-05-14", "The United States rescheduled Egypt's debt on Tuesday.", "071", "USAGOV>EGYGOV"},
		{"money set aside for", "2019-02-26", "Saudi Arabia set aside $1 billion for Yemen on Tuesday.", "071", "SAUGOV>YEMGOV"},
		{"came to the aid of", "1990-08-08", "Saudi Arabia came to the aid of Kuwait on Wednesday.", "070", "SAUGOV>KWTGOV"},
		{"came to the rescue of", "2017-06-12", "Turkey came to the rescue of Qatar with food shipments.", "07", "TURGOV>QATGOV"},
		{"delivery of tanks cleared", "2023-01-25", "Germany cleared the delivery of Leopard tanks to Ukraine on Wednesday.", "072", "DEUGOV>UKRGOV"},
		{"delivery of weapons authorised", "2022-02-26", "Germany authorised the delivery of anti-tank weapons to Ukraine on Saturday.", "072", "DEUGOV>UKRGOV"},
		{"export of tanks approved is the sale", "2023-01-25", "Germany approved the export of tanks to Ukraine on Wednesday.", "062", "DEUGOV>UKRGOV"},
		// guards
		{"guard: aid not restored", "2015-03-31", "The United States will not restore aid to Egypt.", "07", ""},
		{"guard: delivery not approved", "2023-01-20", "Germany has not approved the delivery of tanks to Ukraine.", "07", ""},
		{"guard: order restored", "2015-03-31", "The Egyptian government restored order in Cairo on Tuesday.", "07", ""},
		{"guard: came to a city", "2015-03-31", "The French president came to Cairo on Tuesday.", "07", ""},
	})
}
