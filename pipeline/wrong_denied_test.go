package pipeline

import "testing"

// TestWrongSaidNotToHaveBeen: a statement that a wrong of the kinds a
// charge names did not happen ("there had been no fraud", "there was no
// torture in its prisons") denies it (016), aimed at whoever last accused
// the speaker; a lack of anything else is no denial.
func TestWrongSaidNotToHaveBeen(t *testing.T) {
	const accused = "NAIROBI, Kenya (AP) — Opposition leaders accused the government of rigging the election on Monday. "
	testLexRows(t, []lexRow{
		{"no fraud", d, accused + "Officials said there had been no fraud.", "016", "KENGOV>KENOPP", ""},
		{"no corruption", d, accused + "The government insisted there was no corruption in the count.", "016", "KENGOV>KENOPP", ""},
		{"no torture", d, accused + "The ministry said there was no torture in its prisons.", "016", "KENGOV>KENOPP", ""},
		{"not: no water", d, accused + "Officials said there had been no water in the camp.", "016", "", ""},
		{"not: fraud said to have been", d, accused + "Officials said there had been some fraud.", "016", "", ""},
	})
}
