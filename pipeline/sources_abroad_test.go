package pipeline

import "testing"

// TestDescriptionPlacedElsewhere: "the foreign ministry in Beijing" after
// Taiwan's defence ministry is not the ministry named before: a body of
// government said to be in another country's capital, or in another
// country, is that country's; "the ministry" with no place, or in the
// capital of the country named before, still refers back, and people
// ("the officers in Baku") are where they are taken, not whose.
func TestDescriptionPlacedElsewhere(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a ministry in the other side's capital", date: "2022-08-05",
			text: "TAIPEI, Taiwan (AP) — Taiwan's defence ministry said Chinese jets crossed the median line on Friday.\n\n" +
				"The foreign ministry in Beijing accused Washington of provoking the crisis.\n",
			sentence: "foreign ministry in Beijing", want: []string{"11 CHNGOV>USAGOV"}, not: []string{"11 TWNGOV>*"}},
		{name: "a government in another country", date: "2019-04-12",
			text: "CAIRO (AP) — Egypt's government welcomed the talks on Thursday.\n\n" +
				"The government in Sudan rejected the proposal.\n",
			sentence: "government in Sudan", want: []string{"12 SDNGOV>*"}, not: []string{"12 EGYGOV>*"}},
		{name: "a ministry in a third capital", date: "2020-08-10",
			text: "WARSAW, Poland (AP) — Poland's interior ministry said its border was calm on Monday.\n\n" +
				"The ministry in Minsk accused Warsaw of meddling.\n",
			sentence: "ministry in Minsk", want: []string{"11 BLRGOV>POLGOV"}},
		{name: "negative: the ministry with no place refers back", date: "2022-08-05",
			text: "TAIPEI, Taiwan (AP) — Taiwan's defence ministry said Chinese jets crossed the median line on Friday.\n\n" +
				"The ministry accused Beijing of provoking the crisis.\n",
			sentence: "The ministry accused", want: []string{"11 TWNGOV>CHNGOV"}},
		{name: "negative: the ministry in its own capital refers back", date: "2022-08-05",
			text: "TAIPEI, Taiwan (AP) — Taiwan's defence ministry said Chinese jets crossed the median line on Friday.\n\n" +
				"The ministry in Taipei accused Beijing of provoking the crisis.\n",
			sentence: "ministry in Taipei", want: []string{"11 TWNGOV>CHNGOV"}},
		{name: "negative: foreign diplomats held in the capital stay foreign", date: "2018-03-27",
			text: "MOSCOW (AP) — Russia expelled two British diplomats on Tuesday.\n\n" +
				"Russian police questioned the diplomats in Moscow.\n",
			sentence: "questioned the diplomats", not: []string{"* *>RUSGOV"}},
	})
}
