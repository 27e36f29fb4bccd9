package pipeline

import "testing"

// TestInsurgentsIntoTown pins insurgents who march, roll or pour into a
// town (issue 11, wrong roots): they take it, an occupation (192) aimed
// at the government that held it, not a deployment (154). A state's own
// forces that march in deploy (154), protesters who march protest, and a
// march told as not done or only threatened is no occupation done.
func TestInsurgentsIntoTown(t *testing.T) {
	d := "2020-01-06"
	testRowsWith(t, newCoder(t), []lexRow{
		{"rebel fighters marched", d, "Rebel fighters loyal to Laurent Kabila marched into Kinshasa on Saturday.", "192", "CODREB>CODGOV", ""},
		{"insurgents marched", d, "Khmer Rouge insurgents marched into Phnom Penh on Thursday after the government surrendered.", "192", "KHMREB>KHMGOV", ""},
		{"guerrillas rolled", d, "Sandinista guerrillas rolled into Managua on Thursday.", "192", "NICREB>NICGOV", ""},
		{"rebels poured", d, "Houthi rebels poured into Sanaa in September.", "192", "YEMREB>YEMGOV", ""},
		{"rebels, perfect, reported", d, "Tuareg rebels have marched into Gao, witnesses said.", "192", "MLIREB>MLIGOV", ""},
		{"militias into the city", d, "Militias loyal to the Libyan warlord marched into the city of Sirte on Monday.", "192", "LBYREB>LBYGOV", ""},
		{"guard negated", d, "The rebels did not march into the capital.", "19", "", ""},
		{"guard threatened", d, "The Congolese rebels threatened to march into Kinshasa.", "192", "", ""},
		{"guard own troops deploy", d, "Government troops marched into the town of Bouake on Friday.", "154", "CIVMIL>CIV", ""},
		{"guard own troops no occupation", d, "Government troops marched into the town of Bouake on Friday.", "19", "", ""},
		{"guard protesters", d, "Thousands of Kenyan protesters marched into the capital on Monday.", "19", "", ""},
	}, true)
}
