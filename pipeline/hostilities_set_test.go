package pipeline

import "testing"

// TestHostilitiesStopped pins what a side may stop, halt or end as one
// set (sets.txt &hostilities): an appeal to stop the killing, the
// violence or the bloodshed asks for de-escalation (0256), as one to stop
// the fighting does, not for some act unnamed (020).
func TestHostilitiesStopped(t *testing.T) {
	testLexRows(t, []lexRow{
		{"stop the killing", "1994-04-10", "The Pope urged Rwanda's leaders to stop the killing.", "0256", "REL>RWAGOV", ""},
		{"stop the violence", "2011-06-10", "The United Nations urged Syria to stop the violence against civilians.", "0256", "IGOUNO>SYR", ""},
		{"halt the bloodshed", "2021-03-10", "The European Union called on Myanmar's military to halt the bloodshed.", "0256", "IGOEUR>MMRMIL", ""},
		{"stop the killings", "2014-06-10", "Kenya's president urged the army to stop the killings in the north.", "0256", "KENGOV>KENMIL", ""},
		{"halt the war", "2023-12-10", "Washington urged Israel to halt the war in Gaza.", "0256", "USAGOV>ISR", ""},
		{"a halt to the violence, as before", "2015-04-10", "The Arab League called for a halt to the violence in Yemen.", "0256", "IGOARL>YEM", ""},
	})
}
