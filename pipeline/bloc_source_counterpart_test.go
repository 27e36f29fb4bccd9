package pipeline

import "testing"

// TestBlocSourceCounterpart: a bloc (the European Union, NATO, the
// African Union) that acts between two parties with no one named as target
// acts on the state the story paired it with, as a state does on its
// counterpart; a bloc the story paired with no one stays without a target.
func TestBlocSourceCounterpart(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "an embargo after the EU accused a state", date: "2020-10-02",
			text:     "MINSK, Belarus (AP) — The European Union accused Belarus of rigging the vote on Monday.\n\nThe European Union imposed an arms embargo on Friday.\n",
			sentence: "imposed an arms embargo", want: []string{"16 IGOEUR>BLRGOV"}},
		{name: "aid cut after the African Union suspended a state", date: "2021-06-02",
			text:     "BAMAKO, Mali (AP) — The African Union suspended Mali on Tuesday.\n\nThe African Union cut its aid on Wednesday.\n",
			sentence: "cut its aid", want: []string{"16 IGOAFR>MLIGOV"}},
		{name: "cooperation suspended after the OAS condemned a state", date: "2017-04-20",
			text:     "CARACAS, Venezuela (AP) — The Organization of American States condemned Venezuela on Monday.\n\nThe Organization of American States suspended its cooperation on Tuesday.\n",
			sentence: "suspended its cooperation", want: []string{"16 IGOOAS>VENGOV"}},
		{name: "a demand after the EU criticised a state", date: "2019-03-14",
			text:     "ANKARA, Turkey (AP) — The European Union criticised Turkey over the arrests on Wednesday.\n\nThe European Union demanded an explanation.\n",
			sentence: "demanded an explanation", want: []string{"10 IGOEUR>TURGOV"}},
		{name: "a refusal after a state asked the EU", date: "2019-03-14",
			text:     "KYIV, Ukraine (AP) — Ukraine asked the European Union for fighter jets on Monday.\n\nThe European Union refused on Tuesday.\n",
			sentence: "refused", want: []string{"12 IGOEUR>UKR"}},
		{name: "a bloc the story paired with no one takes no target", date: "2020-10-02",
			text:     "BRUSSELS (AP) — The European Union imposed new tariffs on Friday.\n",
			sentence: "imposed new tariffs", not: []string{"16 IGOEUR>BELGOV", "16 IGOEUR>BEL"}},
		{name: "a state paired with a bloc still takes the bloc", date: "2020-01-07",
			text:     "MOSCOW (AP) — The European Union imposed new sanctions on Russia on Monday.\n\nRussia banned imports of fruit on Tuesday.\n",
			sentence: "banned imports", want: []string{"16 RUS>IGOEUR"}},
	})
}
