package pipeline

import "testing"

// TestConditionalThreat: a threat told as a consequence held out on a
// condition: force a body authorises by means ("authorising the use of
// non-peaceful means against Taiwan if ..."), a party foretold to be met
// with fire or force or treated as invaders, the right to use force
// reserved, impeachment held out on a condition and a thing foretold to be
// a red line. An ultimatum stays its demand alone (f3552d41: PLOVER's dev
// records give it that one category), even with the demander's own act as
// its alternative. An authorisation denied, and the same told as done,
// hold out nothing.
func TestConditionalThreat(t *testing.T) {
	testLexRows(t, []lexRow{
		{"must ... or its own side would act: the demand stays", "2010-02-19", "Australia said Japan must end whaling in the Antarctic by November, or it would take legal action against Tokyo.", "10", "AUS>JPN", ""},
		{"an alternative another's side would do", "2010-02-19", "Australia said Japan must end whaling by November or Japanese fishermen would lose their jobs.", "13", "", ""},
		{"an alternative of its own side, a feeling", "2010-02-19", "Britain said Iran must free the sailors or Britain would be disappointed.", "13", "", ""},
		{"authorising non-peaceful means against a party", "2005-03-14", "China's parliament passed a law on Monday authorising the use of non-peaceful means against Taiwan if the island declared independence.", "138", "CHNLEG>TWN", ""},
		{"authorised military means against a party, on a condition", "1996-07-20", "Turkey's parliament authorised the use of military means against Greece if Athens extended its territorial waters.", "138", "TURLEG>GRC", ""},
		{"non-peaceful means with no party against", "2005-03-14", "The parliament authorised the use of non-peaceful means to defend the country.", "138", "", ""},
		{"authorised all necessary means against a party", "1990-11-29", "The Security Council authorised the use of all necessary means against Iraq.", "138", "IGOUNO>IRQ", ""},
		{"an authorisation of force refused", "2003-03-10", "Germany's parliament refused to authorise the use of force against Iraq.", "138", "", ""},
		{"met with fire and fury if", "2017-08-08", "Trump warned on Tuesday that North Korea would be met with fire and fury if it made any more threats.", "138", "USAGOV>PRK", ""},
		{"met with force, said of the rebels", "2012-04-03", "The Malian army said the rebels would be met with force if they advanced on Mopti.", "138", "MLIMIL>MLIREB", ""},
		{"met with force, told as done", "2012-04-03", "The rebels were met with force when they advanced on Mopti.", "13", "", ""},
		{"treated as an invading army", "2008-08-06", "Moscow said Georgian troops would be treated as an invading army.", "138", "RUSGOV>GEOMIL", ""},
		{"treated as invaders if they cross", "1999-02-10", "Ethiopia warned that Eritrean soldiers would be treated as invaders if they crossed the river.", "13", "ETH>ERIMIL", ""},
		{"treated as invaders, told as done", "1999-02-10", "Eritrean soldiers were treated as invaders by the villagers.", "13", "", ""},
		{"impeachment begun if he refused", "2008-08-07", "Pakistan's ruling coalition said parliament would begin impeachment proceedings if Musharraf refused to resign.", "13", "PAKLEG>PAKGOV", ""},
		{"impeachment not to be begun", "2008-08-07", "The coalition said parliament would not begin impeachment proceedings against Musharraf.", "13", "", ""},
		{"the right reserved to use force", "2019-01-02", "China reserved the right to use force against Taiwan.", "138", "CHN>TWN", ""},
		{"the right reserved to use military force", "2008-08-12", "Russia said it reserved the right to use military force to protect its citizens.", "138", "RUS>", ""},
		{"a right reserved to attend", "2019-01-02", "Japan reserved the right to attend the summit.", "13", "", ""},
		{"a base foretold to be a red line", "2022-04-10", "Morrison said that a Chinese naval base in the Solomon Islands would be a red line for Australia.", "13", "AUSGOV>CHNMIL", ""},
		{"a red line for investors", "2022-04-10", "Analysts said the deal would be a red line for investors.", "13", "", ""},
		{"no red line, told as it stands", "2022-04-10", "Morrison said a Chinese base was not a red line.", "13", "", ""},
	})
}
