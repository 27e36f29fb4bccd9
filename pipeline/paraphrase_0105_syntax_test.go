package pipeline

import "testing"

// TestOwnedByPrepositionObject: what a preposition's object owns ("over
// Tehran's nuclear programme") is no object of the verb, so an intransitive
// verb of talk keeps its coordinated parties.
func TestOwnedByPrepositionObject(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"negotiated over a capital's programme", "2015-06-02", "Iran and world powers negotiated over Tehran's nuclear programme in Vienna.", "046", "IRNGOV>", ""},
		{"negotiated over a country's exports", "2022-07-02", "Russia and Ukraine negotiated over Kyiv's grain exports.", "046", "RUSGOV>UKRGOV", ""},
		{"negotiated over a country's dam", "2020-07-02", "Ethiopia and Egypt negotiated over Ethiopia's dam on the Nile.", "046", "ETHGOV>EGYGOV", ""},
		{"bargained over a capital's prices", "2009-01-10", "Russia and Ukraine bargained over Moscow's gas prices.", "046", "RUSGOV>UKRGOV", ""},
		{"guard: a transitive verb keeps its object", "2015-06-02", "Israel condemned Iran's nuclear programme.", "111", "ISRGOV>IRNGOV", ""},
		{"guard: the possessor after an object", "2015-06-02", "France and Germany talked with Russia about Ukraine's borders.", "04", "FRAGOV>RUSGOV", ""},
	})
}

// TestParticleOverPossessor: a phrasal verb whose particle the syntax reads
// as a preposition takes the possessed phrase after a possessor as its
// object ("took over the National Guard's headquarters"), as the plain verb
// does.
func TestParticleOverPossessor(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"took over a guard's headquarters", "1979-07-19", "Sandinista guerrillas rolled into Managua on Thursday and took over the National Guard's headquarters without a fight.", "171", "NICREB>NICMIL", ""},
		{"took over a company's offices", "2012-04-17", "Within hours, the planning minister took over the company's offices in Buenos Aires.", "171", "ARGGOV>ARGBUS", ""},
		{"took over a country's radio station", "2019-06-02", "On Monday, mutinous soldiers took over Guinea-Bissau's state radio station.", "171", "GNBMIL>GNBGOV", ""},
		{"took over the plain object", "2019-06-02", "Mutinous soldiers took over the state radio station.", "171", "MIL>GOV", ""},
		{"guard: took over a minister's duties", "2019-06-02", "The deputy minister took over the minister's duties.", "17", "", ""},
	})
}
