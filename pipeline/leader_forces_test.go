package pipeline

import "testing"

// TestLeaderForces: unnamed forces that are the subject of a main clause
// after one whose subject is a state's head or government ("Bolivian
// President Evo Morales signed the decree, and soldiers occupied the gas
// fields") are that state's, not the country of the story's dateline. The
// forces after a clause of anyone else keep the story's country.
func TestLeaderForces(t *testing.T) {
	runLexRows(t, []lexRow{
		{"a president's decree, soldiers", "2006-05-02",
			"BRASILIA, Brazil — Brazil's president met his team. Bolivian President Evo Morales signed the decree on Monday, and soldiers occupied more than 50 gas installations the same day.", "192", "BOLMIL>", ""},
		{"a state of emergency, troops", "2006-05-02",
			"NAIROBI, Kenya — Kenya's president spoke. Ugandan President Yoweri Museveni declared a state of emergency on Friday, and troops sealed off the capital.", "191", "UGAMIL>", ""},
		{"a possessive president, police", "2006-05-02",
			"JOHANNESBURG, South Africa — South Africa's president spoke. Zimbabwe's president dissolved parliament on Monday, and police arrested dozens of opposition leaders.", "173", "ZWECOP>ZWEOPP", ""},
		{"a government, soldiers", "2006-05-02",
			"LONDON, United Kingdom — Britain's prime minister spoke. The Sri Lankan government imposed a curfew on Sunday, and soldiers occupied the port of Jaffna.", "192", "LKAMIL>LKAGOV", ""},
		{"guard: rebels before", "2006-05-02",
			"NAIROBI, Kenya — Kenya's president spoke. Rebels attacked the town on Friday, and soldiers arrested dozens of students.", "173", "KENMIL>KENCVL", ""},
	})
}
