package pipeline

import "testing"

// TestInquiryIntoHarm: an investigation asked for or demanded into a harm
// suffered ("the deaths of civilians", "the shooting of students") is
// asked of who did it: its "by" phrase, else the state responsible, the
// government of the victims' country, not the victims; "demanded ... of"
// reads no "of" deeper in the object's phrases; sympathy over the same
// harm still goes to the victims.
func TestInquiryIntoHarm(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pressed for, deaths in a country", d, "Britain pressed for an investigation into the deaths of civilians in Sri Lanka.", "02", "GBR>LKAGOV", ""},
		{"called for, deaths of migrants", d, "The UN called for an inquiry into the deaths of migrants in Libya.", "02", "IGOUNO>LBYGOV", ""},
		{"urged, disappearances", d, "Human Rights Watch urged an independent investigation into the disappearance of activists in Bangladesh.", "02", "NGO>BGD", ""},
		{"called for, killing by forces", d, "Germany called for a probe into the killing of protesters by Iranian security forces.", "02", "DEU>IRNMIL", ""},
		{"demanded, a massacre of villagers", d, "The European Union demanded an inquiry into the massacre of villagers in Burkina Faso.", "10", "IGOEUR>BFA", ""},
		{"urged, torture of prisoners", d, "Washington urged an inquiry into the torture of prisoners in Syria.", "02", "USAGOV>SYR", ""},
		{"demanded, shootings of students", d, "The opposition demanded an inquiry into the shooting of students in Nairobi.", "10", "KENOPP>KEN", ""},
		{"sympathy stays with the victims", d, "Britain expressed regret over the deaths of civilians in Iraq.", "055", "GBR>IRQCVL", ""},
	})
}
