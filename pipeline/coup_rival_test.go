package pipeline

import "testing"

// TestCoupForcesActOnOusted: in a story of a coup or a mutiny, where both
// sides are arms of the state, an act of the state's forces that names no
// one falls on those who hold power that the forces acted on before: the
// government they seized, besieged or detained. A story that told no such
// act gives none.
func TestCoupForcesActOnOusted(t *testing.T) {
	testLexRows(t, []lexRow{
		{"threat after seizure", d, "Soldiers stormed the presidential palace in Niamey on Thursday and detained President Mamadou Tandja. The army warned that it would use force against any resistance.", "13", "NERMIL>NERGOV", ""},
		{"withdrew after siege", d, "Mutinous troops surrounded the parliament in Antananarivo on Monday. On Tuesday the army withdrew its tanks.", "08", "MDGMIL>MDGLEG", ""},
		{"refused after detention", d, "Soldiers arrested Prime Minister Ahmed Sheikh in Bamako on Monday. The military refused to free the prime minister's aides.", "12", "MLIMIL>MLIGOV", ""},
		{"rejected talks", d, "Troops seized the state broadcaster and detained President Alpha Conde in Conakry on Sunday. The army rejected any negotiation.", "12", "GINMIL>GINGOV", ""},
		{"pulled back", d, "Mutinous troops surrounded the parliament in Antananarivo on Monday. On Tuesday the soldiers pulled back.", "08", "MDGMIL>MDGLEG", ""},
		{"no coup told", d, "Floods hit the north of Niger on Thursday. The army warned that it would use force against looters.", "13", "MIL>CVL", ""},
		{"no coup, no target", d, "The president visited the flooded north of Niger on Thursday. The army rejected any negotiation.", "12", "MIL>", ""},
	})
}
