package pipeline

import "testing"

// TestCoupLeadersAndGangsters pins two agent nouns (agents.txt): the
// leaders or plotters of a coup are soldiers (MIL) of the story's country,
// not its government's leaders, and gangsters are criminals (CRM).
func TestCoupLeadersAndGangsters(t *testing.T) {
	testLexRows(t, []lexRow{
		{"coup leaders promise power back", "2006-09-20", "BANGKOK, Thailand — Thailand's army seized power in a bloodless coup on Tuesday. The coup leaders said they would return power to the people within a year.", "0353", "THAMIL>THACVL", ""},
		{"coup leaders declare an emergency", "2021-02-02", "NAYPYITAW, Myanmar — Myanmar's military seized power on Monday. The coup leaders declared a one-year state of emergency.", "1724", "MMRMIL>MMRCVL", ""},
		{"coup plotters detain a leader", "2023-07-27", "NIAMEY, Niger — Soldiers seized power in Niger on Wednesday. The coup plotters detained President Mohamed Bazoum.", "173", "NERMIL>NERGOV", ""},
		{"putschists take a hostage", "2016-07-16", "ANKARA, Turkey — Turkish soldiers tried to seize power overnight. The putschists took the army chief hostage.", "181", "TURMIL>TURMIL", ""},
		{"gangsters kill a journalist", "2022-01-18", "Gangsters killed a journalist in Tijuana.", "180", "MEXCRM>MEXMED", ""},
	})
}
