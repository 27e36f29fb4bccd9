package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// TestInvertedCondition codes a condition told by an auxiliary before its
// subject ("Had the army intervened, ...", "Should the talks fail, ..."): the act is hypothetical, as after "if",
// with its actors as in the active. The rows were written for this test,
// not taken from any evaluation set.
func TestInvertedCondition(t *testing.T) {
	c := newCoder(t)
	c.All = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range invertedConditionRows {
		t.Run(tt.name, func(t *testing.T) {
			if msg := modalityMiss(codeText(t, c, tt.text, ref), tt); msg != "" {
				t.Errorf("%q: %s", tt.text, msg)
			}
		})
	}
}

var invertedConditionRows = []modalityRow{
	{name: "had country sent aid", text: "Had Norway sent humanitarian aid to Sudan, fewer people would have died.", code: "07", want: "NOR>SDN", mod: dateline.Hypothetical},
	{name: "had president visited", text: "Had the Kenyan president visited Ethiopia, the dispute would have ended.", code: "042", want: "KENGOV>ETH", mod: dateline.Hypothetical},
	{name: "had police arrested", text: "Had the Peruvian police arrested the protest leaders, the unrest would have spread.", code: "173", want: "PERCOP>PER", mod: dateline.Hypothetical},
	{name: "had country expelled", text: "Had Poland expelled the Belarusian ambassador, Minsk would have retaliated.", code: "16", want: "POL>BLR", mod: dateline.Hypothetical},
	{name: "should country invade", text: "Should Azerbaijan invade Armenia, Russia would be forced to respond.", code: "19", want: "AZE>ARM", mod: dateline.Hypothetical},
	{name: "should minister meet", text: "Should the Greek prime minister meet the Turkish president in Ankara, tensions could ease.", code: "04", want: "GRCGOV>TURGOV", mod: dateline.Hypothetical},
	{name: "should rebels attack", text: "Should Houthi rebels attack ships in the Red Sea again, the US navy would strike back.", code: "19", want: "YEMREB>", mod: dateline.Hypothetical},
	{name: "had army shelled", text: "Had the Sudanese army shelled the market in Omdurman, hundreds would have died.", code: "19", want: "SDNMIL>", mod: dateline.Hypothetical},
}
