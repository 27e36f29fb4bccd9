package pipeline

import "testing"

// TestModalityUnknownQuestion: a question its sentence says is not known
// ("it was unclear whether", "it was not clear when", "officials did not
// know how many") tells nothing as done, not even what the participles
// and relatives of its nouns tell ("the curfew imposed on Srinagar", "the
// clerics who led the protests") or a verb joined to its own ("had been
// killed or captured"). What the sentence tells before the question, or
// after a comma and a conjunction that close it, stays.
func TestModalityUnknownQuestion(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"when, a participle on its subject", "2019-08-10", "It was unclear when the curfew imposed on Srinagar by Indian authorities would be lifted.", "17", "", "", ""},
		{"whether, a participle on its subject", "2022-03-14", "It was not clear whether the students detained by police in Colombo on Friday would be released.", "173", "", "", ""},
		{"how many, a verb joined to the counted one", "2016-05-02", "It was not known how many rebels had been killed or captured by the army in the offensive.", "173", "", "", ""},
		{"whether, a relative on its subject", "2009-06-20", "It remained unclear whether the clerics who led the protests in Tehran would call further demonstrations.", "14", "", "", ""},
		{"whether, a relative in the present", "2014-07-01", "It is unclear whether the militiamen who attacked the convoy near Donetsk last week will hand over their weapons.", "19", "", "", ""},
		{"who, the act asked about", "2021-03-01", "It was not clear who had ordered the soldiers to open fire on the crowd in Yangon.", "19", "", "", ""},
		{"whether, did not know", "2012-04-05", "Officials in Bamako did not know whether the hostages seized by the gunmen near Timbuktu had been freed.", "181", "", "", ""},
		{"if, uncertain", "1999-02-20", "It was uncertain if the Kurdish guerrillas who abducted the tourists in eastern Turkey would release them.", "181", "", "", ""},
		{"how, not clear", "1986-03-11", "It was not clear how the rebels who stormed the barracks in Manila had obtained their weapons.", "19", "", "", ""},
		{"when, or whether", "2005-09-01", "It was not clear when, or whether, the Israeli troops who raided Jenin on Monday would withdraw.", "19", "", "", ""},
		{"guard: the act before the question", "2013-11-25", "Police arrested 40 protesters in Dhaka on Monday, and it was not clear whether they would be charged.", "173", "BGD", "", ""},
		{"guard: an act after but closes the question", "2014-07-08", "It was unclear why the talks had stalled, but Israeli aircraft struck Gaza on Tuesday.", "19", "ISR", "", ""},
		{"guard: the act before, though unclear who", "2019-06-03", "Soldiers killed five protesters in Khartoum on Sunday, though it was unclear who had given the order.", "17", "SDN", "", ""},
		{"guard: a question said, not unknown", "2017-01-10", "Turkish police detained the journalist in Istanbul on Monday, and officials explained why they had done so.", "173", "TUR", "", ""},
		{"guard: unclear after the question's close", "2011-02-20", "It was unclear how long the unrest would last; troops fired on protesters in Benghazi on Sunday.", "17", "LBY", "", ""},
	})
}
