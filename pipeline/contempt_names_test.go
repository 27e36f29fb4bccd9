package pipeline

import "testing"

// TestContemptNames: a party called by a name of contempt for a group
// ("a gang", "a mafia", "a clique of warmongers") is criticised (111), as
// one called "traitors" or "a puppet" already is (sets.txt &disapproval);
// the same nouns used of what they name are no criticism.
func TestContemptNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dubbed a gang", "2015-01-01", "LAGOS, Nigeria — The minister dubbed the junta a gang.", "111", "NGAGOV>NGAGOV", ""},
		{"called a mafia", "2015-01-01", "LAGOS, Nigeria — The president called the opposition a mafia.", "111", "NGAGOV>NGAOPP", ""},
		{"called a clique of warmongers", "2015-01-01", "LAGOS, Nigeria — The rebels called the government a clique of warmongers.", "111", "NGAREB>NGAGOV", ""},
		{"branded a gang of thieves", "2008-06-01", "HARARE, Zimbabwe — Tsvangirai branded the ruling party a gang of thieves.", "111", "ZWEOPP>ZWEPTY", ""},
		{"called on the gangs is a request", "2015-01-01", "LAGOS, Nigeria — The police chief called on the gangs to disarm.", "111", "", ""},
		{"a gang arrested is no criticism", "2015-01-01", "LAGOS, Nigeria — Police arrested a gang of robbers.", "111", "", ""},
		{"a meeting called a success", "2015-01-01", "LAGOS, Nigeria — The minister called the meeting a success.", "111", "", ""},
	})
}
