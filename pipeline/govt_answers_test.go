package pipeline

import "testing"

// TestGovernmentAnswersForItsForces: a state's government, or a minister
// or spokesman of it, who says its own police or soldiers did not use
// force denies responsibility (016), as a force saying so of itself does;
// another state's forces it does not answer for, and force said done (in
// self-defence) is no denial.
func TestGovernmentAnswersForItsForces(t *testing.T) {
	const accused = "NAIROBI, Kenya (AP) — Opposition supporters accused the police of shooting at marchers on Monday. "
	testLexRows(t, []lexRow{
		{"interior minister for the police", d, accused + "The interior minister said the police had not fired a single shot.", "016", "KENGOV>KENOPP", ""},
		{"government for the soldiers", d, accused + "The government said soldiers had not opened fire on the marchers.", "016", "KENGOV>KENOPP", ""},
		{"a spokesman for the army", d, accused + "A government spokesman said the army had never attacked the protesters.", "016", "KENGOV>KENOPP", ""},
		{"the president for the security forces", d, accused + "President Uhuru Kenyatta said the security forces had not killed anyone.", "016", "KENGOV>KENOPP", ""},
		{"not another state's troops", d, accused + "Kenya's government said Ugandan troops had not attacked the village.", "016", "", ""},
		{"force said done is no denial", d, accused + "The interior minister said the police had fired in self-defence.", "016", "", ""},
	})
}
