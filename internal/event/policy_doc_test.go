package event

import (
	"os"
	"strings"
	"testing"
)

// TestPolicyFlagsDocumented: every flag policy.tsv accepts is explained in
// the data README, where those who edit the table look for what it does.
func TestPolicyFlagsDocumented(t *testing.T) {
	b, err := os.ReadFile("data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for name := range flagNames {
		if !strings.Contains(doc, "- `"+name+"`") && !strings.Contains(doc, "- `"+name+"=") {
			t.Errorf("policy.tsv flag %q is not explained in data/README.md", name)
		}
	}
}
