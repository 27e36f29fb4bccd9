package pipeline

import "testing"

// TestSanctionCounterpart: aid cut (162) or an embargo, sanctions or a
// service suspended (163) with no target phrase fall, as a cut in
// relations (16, 161) does, on the story's other party: the country the
// story paired the source's with, else the story's own country when the
// story told an event of it (policy.tsv: counterpart, home).
func TestSanctionCounterpart(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "aid frozen after a coup, the story's country",
			text:     "KHARTOUM, Sudan (AP) — The army seized power in Sudan on Monday and detained the prime minister. Washington froze $700 million in emergency aid.\n",
			sentence: "froze", want: []string{"162 USA>SDN"}},
		{name: "aid suspended after a self-coup, past perfect",
			text:     "LIMA, Peru (AP) — Fujimori dissolved Congress on Sunday and troops occupied the courts. The United States has suspended all aid except humanitarian assistance.\n",
			sentence: "suspended all aid", want: []string{"162 USA>PER"}},
		{name: "grants frozen after a detention, the story's country",
			text:     "BAMAKO, Mali (AP) — Soldiers arrested the president on Tuesday. France froze new grants on Wednesday.\n",
			sentence: "froze new grants", want: []string{"162 FRA>MLI"}},
		{name: "an arms embargo after arrests",
			text:     "YANGON, Myanmar (AP) — The military detained Aung San Suu Kyi on Monday. Britain imposed an arms embargo on Thursday.\n",
			sentence: "imposed an arms embargo", want: []string{"16 GBR>MMR"}},
		{name: "visa services suspended in a two-country quarrel",
			text:     "BOGOTA, Colombia (AP) — Colombia expelled two U.S. diplomats on Sunday. The State Department suspended visa services at its embassy.\n",
			sentence: "suspended visa services", want: []string{"163 USA>COL"}},
		{name: "a target phrase still wins",
			text:     "KHARTOUM, Sudan (AP) — The army seized power in Sudan on Monday. Washington froze aid to Ethiopia on Tuesday.\n",
			sentence: "froze aid", want: []string{"16 USA>ETH"}},
	})
}
