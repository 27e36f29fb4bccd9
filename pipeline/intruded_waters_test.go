package pipeline

import "testing"

// TestIntrudedWaters: another's ships or troops said to have intruded,
// encroached or trespassed into the speaker's waters or territory are
// accused (112) by the speaker, as a breach is; told by no one, or denied,
// it is no accusation.
func TestIntrudedWaters(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said vessels had intruded into waters", d, "China said the Philippine vessels had intruded into Chinese waters.", "112", "CHN>PHL", ""},
		{"said troops had intruded into territory", d, "India said Chinese troops had intruded into Indian territory in Ladakh.", "112", "IND>CHNMIL", ""},
		{"said boats encroached on waters", d, "South Korea said North Korean fishing boats encroached on its waters on Monday.", "112", "KOR>PRK", ""},
		{"said soldiers were encroaching upon its territory", d, "Ethiopia said Sudanese soldiers were encroaching upon its territory.", "112", "ETH>SDNMIL", ""},
		{"said troops trespassed into territory", d, "Beijing said Indian troops trespassed into Chinese territory near Doklam.", "112", "CHNGOV>INDMIL", ""},
		{"the ministry said, after", d, "Chinese warships have intruded into Japanese waters, the Japanese defence ministry said.", "112", "JPNGOV>CHNMIL", ""},
		{"intruded, told by no one", d, "Chinese ships intruded into Vietnamese waters on Monday.", "112", "", ""},
		{"denied intruding", d, "China denied that its ships had intruded into Japanese waters.", "112", "", ""},
	})
}
