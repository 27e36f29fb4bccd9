package pipeline

import "testing"

// TestWarnedOnCondition: a warning that something is to come ("would",
// "could") if another party acts holds it out to that party (130, aimed
// at the condition's subject), whatever the clause to come names as its
// own subject; a condition of no one, or of the warner's own side, holds
// out nothing, nor does a warning of what others will do.
func TestWarnedOnCondition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"could shun if", "2020-04-27", "China's ambassador warned on Monday that Chinese consumers could shun Australian wine and beef if Australia kept pushing for an inquiry.", "13", "CHNGOV>AUS", ""},
		{"would suffer if", "2017-05-10", "Turkey warned on Wednesday that relations with Washington would suffer if the United States armed the Kurdish militia.", "13", "TUR>USA", ""},
		{"would be plunged if", "2014-04-02", "Russia warned on Tuesday that the region would be plunged into chaos if NATO deployed troops in Ukraine.", "13", "RUS>IGONATO", ""},
		{"no one could if", "2019-10-22", "Egypt's president warned on Saturday that no one could take a drop of water from Egypt if Ethiopia filled its dam.", "13", "EGYGOV>ETH", ""},
		{"will if passive agent", "2018-01-03", "Seoul warned that the talks will collapse if the drills are cancelled by Washington.", "13", "KORGOV>USAGOV", ""},
		{"to come above a participle", "2021-03-30", "Egypt's president warned on Tuesday that no one could touch Egypt's water, threatening instability across the region if Ethiopia filled its dam.", "13", "EGYGOV>ETH", ""},
		{"to come above a participle, a second", "2021-03-30", "Iran warned that its oil would stay off the market, raising prices everywhere if Washington imposed new sanctions.", "13", "IRN>USAGOV", ""},
		{"a condition of no actor", "2019-08-01", "The Indian finance minister warned that prices would rise if the monsoon rains failed.", "13", "", ""},
		{"a condition of its own state", "2019-08-01", "The German finance minister warned that exports would fall if the German government raised taxes.", "13", "", ""},
		{"a plain statement", "2019-08-01", "Turkey said that relations with Washington would suffer if the United States armed the Kurdish militia.", "13", "", ""},
	})
}
