package syntax

import (
	"testing"

	"dateline"
)

// TestModalAfterArticle: a word that may be a modal or a noun ("will",
// "might") is the noun after an article or an owner, and the modal after
// a subject, a determiner standing alone, or a name.
func TestModalAfterArticle(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       dateline.Tag
	}{
		{"Kenya's president said the court had overturned the will of the people.", "will", dateline.TagNN},
		{"They acted against their will.", "will", dateline.TagNN},
		{"His will was read on Monday.", "will", dateline.TagNN},
		{"The protesters said the people's will had been ignored.", "will", dateline.TagNN},
		{"The rebels showed the might of their army.", "might", dateline.TagNN},
		{"The government will hold talks with the rebels.", "will", dateline.TagMD},
		{"This will help the talks.", "will", dateline.TagMD},
		{"Each will receive a share of the aid.", "will", dateline.TagMD},
		{"Iran said it will retaliate.", "will", dateline.TagMD},
		{"This might delay the vote.", "might", dateline.TagMD},
		{"Who will lead the party is unclear.", "will", dateline.TagMD},
		{"Both sides will meet in Geneva.", "will", dateline.TagMD},
	} {
		s := sentence(t, tt.text, nil, nil)
		found := false
		for i, tok := range s.Tokens {
			if tok.Lower == tt.word {
				found = true
				if got := s.Analysis.Words[i].Tag; got != tt.want {
					t.Errorf("%q: %q tagged %v, want %v", tt.text, tt.word, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q", tt.text, tt.word)
		}
	}
}
