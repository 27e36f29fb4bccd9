package pipeline

import "testing"

// TestControlledRelative pins an infinitive after a verb of asking or
// ordering whose object carries a relative clause not set off by commas
// ("urged the rebels who seized the town to release the hostages"): the
// relative clause only says which people are meant, and the infinitive is
// what they are asked to do, not the relative verb's purpose.
func TestControlledRelative(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"ordered to disperse", d, "Police ordered the protesters who had gathered outside parliament to disperse.", "100", "COP>OPP", ""},
		{"urged to release", d, "The UN urged the rebels who seized the town to release the hostages.", "0253", "IGOUNO>REB", ""},
		{"urged to free", d, "Qatar urged the gunmen who seized the ship to free the crew.", "0253", "QAT>UAF", ""},
		{"asked to release", d, "The African Union asked the soldiers who staged the coup to release the president.", "0253", "IGOAFR>MIL", ""},
		{"ordered to leave", d, "The junta ordered the foreign journalists who covered the protests to leave the country.", "174", "GOV>MED", ""},
		{"court ordered", d, "The court ordered the officers who arrested the journalist to free him.", "100", "JUD>COP", ""},
		// the relative clause's own act stays told as done
		{"real: the seizure", d, "The UN urged the rebels who seized the town to release the hostages.", "192", "REB>", ""},
	})
}
