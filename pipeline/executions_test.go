package pipeline

import "testing"

// TestStateExecutes: a state named as the doer of an execution (hanged,
// executed, beheaded: 1823) is its government (GOV), whose courts and
// prisons carry it out, as the story and sentence golds code it
// (policy.tsv's doer=GOV); a state named as the doer of other force stays
// its military (MIL), and soldiers who execute stay soldiers.
func TestStateExecutes(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a kingdom executed men", "2016-01-02", "Saudi Arabia executed 47 men on Saturday.", "1823", "SAUGOV>SAUCVL", ""},
		{"a state hanged protesters", "2022-12-12", "Iran hanged two Iranian protesters on Monday.", "1823", "IRNGOV>IRNOPP", ""},
		{"a state executed foreigners", "2010-04-06", "China executed four Japanese drug smugglers on Tuesday.", "1823", "CHNGOV>JPNCRM", ""},
		{"a state beheaded a maid", "2011-06-18", "Saudi Arabia beheaded an Indonesian woman last week.", "1823", "SAUGOV>IDNCVL", ""},
		{"a city-state hanged a trafficker", "2007-06-29", "Singapore hanged a Nigerian drug trafficker on Friday.", "1823", "SGPGOV>NGACRM", ""},
		{"a military regime's state hanged activists", "1995-11-10", "Nigeria hanged the writer Ken Saro-Wiwa and eight other activists.", "1823", "NGAGOV>NGAOPP", ""},
		{"a state executed convicts", "2015-04-29", "Indonesia executed eight drug convicts on Wednesday.", "1823", "IDNGOV>", ""},
		{"a seat that executed stays the government", "1989-07-13", "Havana executed General Arnaldo Ochoa, a Cuban army hero, on Thursday.", "1823", "CUBGOV>CUBMIL", ""},
		{"other force by a state stays the military", "2019-02-26", "India struck a training camp in Pakistan on Tuesday.", "190", "INDMIL>PAKGOV", ""},
		{"soldiers who executed prisoners stay soldiers", "1994-05-10", "Rwandan soldiers executed 20 prisoners on Tuesday.", "1823", "RWAMIL>", ""},
	})
}
