package pipeline

import "testing"

// TestCollusionSaid: collusion, connivance, complicity and a rigged vote
// told of another party are its speaker's accusation (112) of it, as the
// other judgements of conduct are ("said Syria was meddling"): the subject
// of what was said is the target. Told in the story's own voice, denied or
// foreseen, they are none.
func TestCollusionSaid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"colluded with: said, perfect", d, "Kenya said Uganda had colluded with the rebels.", "112", "KEN>UGA", ""},
		{"colluded with: accused in a report", "1995-06-01", "Bosnia's government said Serbia had colluded with the militias.", "112", "BIHGOV>SRB", ""},
		{"colluding with: present progressive", d, "Pakistan says India is colluding with separatists in Balochistan.", "112", "PAK>IND", ""},
		{"connived with: said", "1989-04-01", "Senegal said Mauritania had connived with the mobs.", "112", "SEN>MRT", ""},
		{"connived in: said", d, "The opposition said the army had connived in the killings.", "112", "OPP>MIL", ""},
		{"complicit in: said", d, "Rwanda said France had been complicit in the genocide.", "112", "RWA>FRA", ""},
		{"complicit in: present", d, "Iran says the United States is complicit in the attack.", "112", "IRN>USA", ""},
		{"rigged: the ruling party rigged the election", d, "The opposition said the ruling party had rigged the election.", "112", "OPP>PTY", ""},
		{"rigged: a country rigged a referendum", "2014-04-01", "Ukraine said Russia had rigged the referendum in Crimea.", "112", "UKR>RUS", ""},
		{"rigged: told by the opposition of the government", d, "Zimbabwe's opposition said the government rigged the polls.", "112", "ZWEOPP>ZWEGOV", ""},
		{"rigged: in the story's own voice, no one accuses", d, "Uganda rigged the vote.", "112", "", ""},
		{"rigged: denied", d, "Kenya said Uganda had not rigged the vote.", "112", "", ""},
		{"rigged: foreseen", d, "Kenya said Uganda would rig the vote.", "112", "", ""},
		{"colluded: denied", d, "Kenya denied that it had colluded with the rebels.", "112", "", ""},
	})
}
