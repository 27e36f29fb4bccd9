package pipeline

import "testing"

// Output events that match nothing a coder would code: what others
// foresee, comments that name no act. Each test pairs the construction
// with rows that must still code.

// TestForeseenActs: "is expected to", "is likely to", "is unlikely to"
// tell what others foresee, not what the actor announces: no intent, no
// act. The actor's own will ("expects to", "is ready to") is its intent.
func TestForeseenActs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"is expected to hold talks", d, "The prime minister is expected to hold talks with opposition leaders on Friday.", "03", "", ""},
		{"are expected to meet", d, "Putin and Erdogan are expected to meet in Sochi next week.", "03", "", ""},
		{"was expected to visit", d, "The Chinese foreign minister was expected to visit Moscow.", "03", "", ""},
		{"is likely to attack", d, "Analysts said Iran is likely to attack Israel.", "13", "", ""},
		{"is likely to attack: no attack", d, "Analysts said Iran is likely to attack Israel.", "19", "", ""},
		{"unlikely to give in", d, "Analysts said Doha was unlikely to give in quickly.", "03", "", ""},
		{"unlikely to resign", d, "Kenya's president is unlikely to resign.", "08", "", ""},
		{"expects to sign: its own aim", d, "Iran expects to sign the deal with France next month.", "03", "IRN>FRA", ""},
		{"is ready to meet: its own will", d, "Iran's foreign minister said he was ready to meet his French counterpart.", "036", "IRNGOV>FRAGOV", ""},
		{"is willing to send troops", d, "Kenya said it was willing to send troops to Haiti.", "03", "KEN>HTI", ""},
		{"the act told beside the forecast", d, "Russia expelled two British diplomats on Monday and is expected to expel more.", "161", "RUS>GBRGOV", ""},
	})
}

// TestCommentsLeftOut: comments that name no act (CAMEO 011-014: declined
// to comment, warned of, expressed hope, considered) are plain statements,
// left out unless statements are asked for; denials, claims of
// responsibility and condolences are acts and stay.
func TestCommentsLeftOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"expressed hope", d, "The Spanish prime minister expressed hope that the verdict would end the confrontation.", "01", "", ""},
		{"expressed concern", d, "The German chancellor expressed concern over the crisis in Belarus.", "01", "", ""},
		{"warned that", d, "India's foreign ministry warned that relations depended on Pakistan's response.", "01", "", ""},
		{"declined to comment", d, "A spokesman for the Russian embassy declined to comment.", "01", "", ""},
		{"is considering sanctions", d, "The European Union is considering new sanctions against Iran.", "01", "", ""},
		{"a denial stays", d, "Britain accused Russia of the attack. Moscow denied any role in the attack.", "016", "RUSGOV>GBR", ""},
		{"a claim of responsibility stays", d, "The Taliban claimed responsibility for the attack on the Afghan army.", "015", "AFGREB>AFGMIL", ""},
		{"condolences stay", d, "Egypt's president sent condolences to France.", "018", "EGYGOV>FRA", ""},
	})
}
