package pipeline

import "testing"

// TestOpenedSubjectRelative: in a clause opened by "when", "after" or
// "as", a participle on the subject may carry a relative clause on its own
// object ("when troops chasing gunmen who had ambushed a patrol shot dead
// three guards"); the relative clause's verb is not the opened clause's,
// which comes after it and is done by the subject.
func TestOpenedSubjectRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"when, participle, relative with object", d, "Tension rose on Friday, when Turkish soldiers chasing smugglers who had crossed the frontier shot dead three Syrian guards.", "19", "TURMIL>SYRCOP", ""},
		{"after, participle, relative without object", d, "Talks stalled after Indian troops pursuing rebels who had fled killed two Burmese villagers.", "17", "INDMIL>MMRCVL", ""},
		{"as, participle, relative, then passive object", d, "The crisis deepened as Russian jets escorting bombers that had struck Idlib shot down a Turkish drone.", "19", "RUSMIL>TUR", ""},
		{"when, participle guarding, relative", d, "Protests spread when Egyptian police guarding the building that housed the embassy beat Israeli diplomats.", "17", "EGYCOP>ISRGOV", ""},
		{"because, participle, relative", d, "Kenya protested because Ugandan soldiers pursuing poachers who had entered the park arrested four Kenyan rangers.", "17", "UGAMIL>KEN", ""},
		{"the relative clause keeps its own act", d, "Tension rose on Friday, when Turkish soldiers chasing smugglers who had attacked a Syrian post shot dead three guards.", "19", "TURCRM>SYR", ""},
		{"a main clause, unchanged", d, "Turkish soldiers chasing smugglers who had crossed the frontier shot dead three Syrian guards.", "19", "TURMIL>SYRCOP", ""},
		{"no relative clause, unchanged", d, "Tension rose on Friday, when Turkish soldiers chasing smugglers shot dead three Syrian guards.", "19", "TURMIL>SYRCOP", ""},
	})
}
