package pipeline

import "testing"

// TestNamedBodySides: two forces of one country joined as subjects of a
// mutual act are two sides when one is a body named as such (the army and
// the RSF), and each acts on the other.
func TestNamedBodySides(t *testing.T) {
	testLexRows(t, []lexRow{
		{"army and RSF agreed to a truce, while RSF was a state force", "2020-06-01", "The Sudanese army and the Rapid Support Forces agreed to a seven-day truce.", "0356", "SDNMIL>SDNMIL", ""},
		{"army and RSF clashed", "2023-05-20", "The Sudanese army and the Rapid Support Forces clashed in Khartoum on Monday.", "190", "SDNMIL>SDNREB", ""},
		{"army and RSF clashed, while RSF was a state force", "2020-06-01", "The Sudanese army and the Rapid Support Forces clashed in Khartoum on Monday.", "190", "SDNMIL>SDNMIL", ""},
		{"army and Wagner clashed", "2023-06-24", "The Russian army and the Wagner Group clashed near Rostov.", "190", "RUSMIL>RUSMIL", ""},
	})
}
