package pipeline

import "testing"

// TestThirdPartyFinding: a third party (sectors.txt's finder: an
// international body, a rights group, a court, another country's
// government) that reports, finds or says (sets.txt's &finding) that a
// named party did force or abuse (roots 15-20) accuses that party (112)
// beside the act. Not the media, not a finder's own acts, not cooperation,
// not a finding denied or foreseen, nor a source named after the act.
func TestThirdPartyFinding(t *testing.T) {
	testLexRows(t, []lexRow{
		{"U.N. team reported gas used", "1988-05-01", "A U.N. team reported that Iraq had used poison gas against Iranian troops.", "112", "IGOUNO>IRQ", ""},
		{"rights group said soldiers killed", "2021-03-01", "Human Rights Watch said Ethiopian soldiers had killed dozens of civilians.", "112", "NGO>ETHMIL", ""},
		{"inquiry found forces shelled", "2012-06-01", "A U.N. inquiry found that Syrian forces had shelled the town of Houla.", "112", "IGOUNO>SYRMIL", ""},
		{"Amnesty concluded, present perfect", "2017-09-01", "Amnesty International has concluded that Myanmar's army burned Rohingya villages.", "112", "NGO>MMRMIL", ""},
		{"a foreign government says, present", "1995-07-01", "The U.S. government says Serb forces executed thousands of Muslim men.", "112", "USAGOV>SRBMIL", ""},
		{"monitors said, passive with agent", "2015-02-01", "OSCE monitors said civilians were shelled by Russian troops.", "112", "IGOOSC>RUSMIL", ""},
		{"a court found", "2022-11-01", "A Dutch court found that Russian soldiers had shot down the airliner.", "112", "NLDJUD>RUSMIL", ""},
		{"a government concluded", "2020-09-01", "Germany's government concluded that Russian agents had poisoned Alexei Navalny.", "112", "DEUGOV>RUSSPY", ""},
		{"the agency reported: no accusation", "1988-05-01", "The agency reported that Iraq had used poison gas against Iranian troops.", "112", "", ""},
		{"Reuters reported: no accusation", "1988-05-01", "Reuters reported that Iraq had used poison gas against Iranian troops.", "112", "", ""},
		{"its own acts: no accusation", "1994-05-01", "U.N. peacekeepers said they had fired on Serb positions.", "112", "", ""},
		{"cooperation found: no accusation", "2010-05-01", "The U.N. report found that Iraq had released the prisoners.", "112", "", ""},
		{"finding negated: no accusation", "2021-03-01", "Human Rights Watch said Ethiopian soldiers had not killed civilians.", "112", "", ""},
		{"did not find: no accusation", "2012-06-01", "The U.N. inquiry did not find that Syrian forces had shelled the town.", "112", "", ""},
		{"foreseen: no accusation", "1988-05-01", "A U.N. team said Iraq could use poison gas against Iranian troops.", "112", "", ""},
		{"named after the act: no accusation", "2009-10-01", "Guinean soldiers opened fire on opposition supporters in a Conakry stadium, a human rights group said.", "112", "", ""},
		{"diplomats of no state: no accusation", "1987-10-01", "Diplomats said Burkinabe soldiers had shot dead the president.", "112", "", ""},
	})
}
