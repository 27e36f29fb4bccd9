package pipeline

import "testing"

// TestQuoteAfterComma: a quotation opened after a comma that ends a verb
// of saying ('Rouhani said, "The United States must lift the sanctions."',
// 'told reporters on Monday, "..."', the second part of a split quotation)
// is what was said, as one after a colon is: a demand, an appeal, a claim
// or blame in it is the speaker's. The speaker's own side obliged, or a
// comma and quote after no verb of saying, is no report.
func TestQuoteAfterComma(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"said, quote: a demand", "2019-05-05", `President Hassan Rouhani said, "The United States must lift the sanctions."`, "10", "IRNGOV>USAGOV", ""},
		{"told reporters on Monday, quote: a demand", "2014-06-02", `Russian Foreign Minister Sergei Lavrov told reporters on Monday, "Kiev must stop the shelling of Slavyansk."`, "10", "RUSGOV>UKRGOV", ""},
		{"said, quote: an appeal", "2020-08-26", `Turkish President Recep Tayyip Erdogan said, "Greece should withdraw its warships from the area."`, "02", "TURGOV>GRCGOV", ""},
		{"said, quote: a victim's claim", "2012-06-05", `Armenian Foreign Minister Edward Nalbandian said, "Azerbaijani troops opened fire on our positions near Berd."`, "112", "ARMGOV>AZEMIL", ""},
		{"said, quote: blame", "2015-01-24", `Ukrainian President Petro Poroshenko said, "Russia is behind the attack on Mariupol."`, "112", "UKRGOV>RUSGOV", ""},
		{"split quotation: a demand after said", "2009-01-05", `"This is a dangerous moment," Egyptian President Hosni Mubarak said, "and Israel must lift the siege of Gaza."`, "10", "EGYGOV>ISRGOV", ""},
		{"quoted by an agency as saying, quote", "1996-03-08", `Chinese Foreign Minister Qian Qichen was quoted by Xinhua as saying, "Taiwan must abandon its separatist activities."`, "10", "CHNGOV>TWNGOV", ""},
		{"guard: own side obliged", "2019-05-05", `Rouhani said, "We must defend our country."`, "10", "", ""},
		{"guard: a meeting praised", "2018-10-26", `Japanese Prime Minister Shinzo Abe said, "It was a good meeting."`, "04", "", ""},
		{"guard: comma and quote after no verb of saying", "2019-11-04", `Protesters marched to the embassy, "Death to America" written on their banners.`, "18", "", ""},
	})
}
