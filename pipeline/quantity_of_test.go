package pipeline

import "testing"

// TestQuantityOf: "a raft of", "a slew of", "a host of", "a flurry of"
// count the nouns after them, as "a series of" and "a package of" do:
// "lifted a raft of economic sanctions" lifts sanctions (085); they coded
// nothing, and "a host of sanctions" read a host of talks (043).
func TestQuantityOf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sanctions lifted, a raft of", "2016-01-16", "The United States lifted a raft of economic sanctions on Iran on Saturday.", "085", "USA>IRN", ""},
		{"sanctions imposed, a raft of", d, "The European Union imposed a raft of sanctions on Belarus.", "163", "IGOEUR>BLR", ""},
		{"sanctions imposed, a slew of", d, "Washington imposed a slew of new sanctions on Russia.", "163", "USAGOV>RUS", ""},
		{"sanctions imposed, a host of", d, "Britain imposed a host of sanctions on Iran on Monday.", "163", "GBR>IRN", ""},
		{"no talks hosted in a host of sanctions", d, "Britain imposed a host of sanctions on Iran on Monday.", "043", "", ""},
		{"arrests, a flurry of", d, "Police made a flurry of arrests in Nairobi.", "173", "KENCOP>KEN", ""},
		{"refugees hosted stay aid", d, "Kenya hosts thousands of refugees.", "075", "KEN>REF", ""},
	})
}
