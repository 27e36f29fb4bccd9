package pipeline

import "testing"

// TestInterruptedSubject: a subject set off from its verb by a phrase
// between commas (a description whose noun an adjective's phrase completes,
// "the force responsible for the capital"; one after a preposition's
// object; a participle whose preposition may also open clauses, "sent in
// after weeks of shelling"), or by a participle whose phrase joins two
// nouns in a clause an opener begins ("when soldiers armed with machetes
// and rifles attacked"), still does the act of the verb after it. Negated and hypothetical forms tell of no act done; lists and
// reporting inserts keep their reading.
func TestInterruptedSubject(t *testing.T) {
	testRowsWith(t, newCoder(t), []lexRow{
		{name: "a description with an adjective's phrase", date: "2019-05-01",
			text: "Kenyan police, the force responsible for the capital, arrested the opposition leader on Monday.", code: "173", want: "KENCOP>KENOPP"},
		{name: "the same in the perfect", date: "2019-05-01",
			text: "Chadian soldiers, the troops responsible for the border, have detained three Sudanese traders.", code: "173", want: "TCDMIL>SDNCVL"},
		{name: "a description in a year", date: "2019-05-01",
			text: "The Turkish coast guard, the service responsible for the Aegean, seized a Greek fishing boat in 1996.", code: "171", want: "TURCOP>GRC"},
		{name: "a participle with after", date: "2019-05-01",
			text: "Kenyan police, called in on Sunday after two days of riots, arrested the opposition leader.", code: "173", want: "KENCOP>KENOPP"},
		{name: "a participle with after, in the perfect", date: "2019-05-01",
			text: "Indian troops, sent in after weeks of shelling, have arrested four Pakistani soldiers.", code: "173", want: "INDMIL>PAKMIL"},
		{name: "no noun, after a preposition's object", date: "2019-05-01",
			text: "Hundreds of farmers from San Andres, the largest of the islands, marched against the Colombian government on Tuesday.", code: "141", want: "COLCVL>COLGOV"},
		{name: "an opened clause, a participle joining two nouns", date: "2019-05-01",
			text: "Five villagers died when Congolese soldiers armed with machetes and rifles attacked the school in 2009.", code: "180", want: "CODMIL>"},
		{name: "the same, a raid", date: "2019-05-01",
			text: "Three students were hurt when Kenyan police armed with batons and shields raided the campus.", code: "173", want: "KENCOP>"},
		{name: "not: a list with no participle", date: "2019-05-01",
			text: "Fighting broke out after Sudanese troops backed by tanks and helicopters attacked the rebels.", code: "190", want: "SDNMIL>SDNREB"},
		{name: "a name the files lack, its title with a participle's phrase", date: "2019-05-01",
			text: "Ivan Petrovsky, Russia's envoy appointed by the Kremlin, accused Ukraine of lying.", code: "112", want: "RUSGOV>UKR"},
		{name: "the same, a police chief", date: "2019-05-01",
			text: "Musa Kallon, the police commissioner appointed by the president, arrested the opposition leader.", code: "173", want: "COP>OPP"},
		// must not code as done
		{name: "a title with a participle's phrase, negated", date: "2019-05-01",
			text: "Musa Kallon, the police commissioner appointed by the president, will not arrest the opposition leader.", code: "173"},
		{name: "an opened clause, hypothetical", date: "2019-05-01",
			text: "Three students were hurt when Kenyan police armed with batons and shields may raid the campus.", code: "173"},
		{name: "an opened clause, negated", date: "2019-05-01",
			text: "Five villagers died when Congolese soldiers armed with machetes and rifles did not attack the school.", code: "180"},
		{name: "negated", date: "2019-05-01",
			text: "Kenyan police, the force responsible for the capital, did not arrest the opposition leader.", code: "173"},
		{name: "hypothetical", date: "2019-05-01",
			text: "Chadian soldiers, the troops responsible for the border, may detain Sudanese traders.", code: "173"},
		{name: "negated, with after", date: "2019-05-01",
			text: "Indian troops, sent in after weeks of shelling, never arrested any Pakistani soldiers.", code: "173"},
		// must keep their reading
		{name: "a list described", date: "2019-05-01",
			text: "Kenya, Uganda and Tanzania, the three members of the bloc, accused Rwanda of backing the rebels.", code: "112", want: "UGA>RWA"},
		{name: "a reporting insert", date: "2019-05-01",
			text: "Ruto, the Kenyan president said, accused Uganda of backing the rebels.", code: "112", want: "KENGOV>UGA"},
	}, true)
}
