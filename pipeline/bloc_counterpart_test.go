package pipeline

import "testing"

// TestBlocCounterpart: a bloc the story paired a state with (the European
// Union, the African Union) is that state's other party, as a
// country is: an act between two parties with no target is aimed at it.
func TestBlocCounterpart(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "an envoy recalled after EU sanctions", date: "2020-10-02",
			text:     "MINSK, Belarus (AP) — The European Union imposed sanctions on Belarus on Friday.\n\nMinsk recalled its ambassador for consultations.\n",
			sentence: "recalled its ambassador", want: []string{"16 BLRGOV>IGOEUR"}},
		{name: "a suspension by the African Union answered by a threat", date: "2021-06-02",
			text:     "BAMAKO, Mali (AP) — The African Union suspended Mali on Tuesday.\n\nMali warned that it would retaliate.\n",
			sentence: "would retaliate", want: []string{"13 MLI>IGOAFR"}},
		{name: "an African Union suspension answered by a recall", date: "2019-06-07",
			text:     "KHARTOUM, Sudan (AP) — The African Union suspended Sudan on Thursday.\n\nSudan recalled its ambassadors on Friday.\n",
			sentence: "recalled its ambassadors", want: []string{"16 SDN>IGOAFR"}},
		{name: "a threat after talks were suspended, in Europe", date: "2019-03-14",
			text:     "ANKARA, Turkey (AP) — The European Union suspended accession talks with Turkey on Wednesday.\n\nAnkara said it would retaliate.\n",
			sentence: "would retaliate", want: []string{"13 TURGOV>IGOEUR"}},
		{name: "tariffs after an EU complaint", date: "2018-06-01",
			text:     "WASHINGTON (AP) — The European Union accused the United States of protectionism on Thursday.\n\nThe United States imposed tariffs on Friday.\n",
			sentence: "imposed tariffs", want: []string{"16 USA>IGOEUR"}},
		{name: "cooperation frozen after talks were suspended", date: "2020-01-07",
			text:     "ANKARA, Turkey (AP) — The European Union suspended accession talks with Turkey on Wednesday.\n\nAnkara froze its cooperation on migration.\n",
			sentence: "froze its cooperation", want: []string{"16 TURGOV>IGOEUR"}},
		{name: "imports banned after sanctions", date: "2020-01-07",
			text:     "MOSCOW (AP) — The European Union imposed new sanctions on Russia on Monday.\n\nRussia banned imports of fruit on Tuesday.\n",
			sentence: "banned imports", want: []string{"16 RUS>IGOEUR"}},
		{name: "a country paired with a country still takes the country", date: "2018-06-01",
			text:     "WASHINGTON (AP) — China accused the United States of protectionism on Thursday.\n\nThe United States imposed tariffs on Friday.\n",
			sentence: "imposed tariffs", want: []string{"16 USA>CHNGOV"}},
	})
}
