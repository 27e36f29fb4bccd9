package pipeline

import "testing"

// TestIndirectQuestion pins a clause opened by "whether", or by "if" after
// a word of asking or doubt ("asked if", "wondered if", "unclear if"): an
// indirect question tells of no act done or intended, whatever its modal
// ("it is unclear whether Sudanese troops will return home" is no intent
// to withdraw), nor does a verb joined to the question's ("whether they
// will move to Chad or return home"). What a reporter says will or would be done stays an
// intent, and "if" after an act stays its condition.
func TestIndirectQuestion(t *testing.T) {
	testLexRows(t, []lexRow{
		{"not: unclear whether, will", "2021-05-04", "It is unclear whether Sudanese troops will return home from Yemen.", "03", "", ""},
		{"not: wondered whether, will", "2021-05-04", "Diplomats in Vienna wondered whether Iran will release the British prisoners.", "03", "", ""},
		{"not: asked if, will", "2021-05-04", "Reporters asked if the Malian junta will hand over power to civilians.", "03", "", ""},
		{"not: unclear if, would", "2021-05-04", "It remained unclear if Ethiopia would withdraw its troops from Tigray.", "03", "", ""},
		{"not: doubted if, would", "2021-05-04", "Analysts in Kyiv doubted if Russia would pull its forces out of Belarus.", "03", "", ""},
		{"not: whether, second verb joined by or", "2021-05-04", "It is not clear whether Nigerien soldiers will move to Chad or return home.", "03", "", ""},
		{"said would: a decision announced", "2021-05-04", "The Malian junta said it would hand over power.", "0831", "MLIGOV>MLIOPP", ""},
		{"said will: intent", "2021-05-04", "Sudanese officials said Sudanese troops will return home from Yemen next week.", "0356", "SDNMIL>YEM", ""},
		{"if after an act: condition", "2021-05-04", "The Malian junta will hand over power if the protests end.", "0341", "MLIGOV>", ""},
	})
}
