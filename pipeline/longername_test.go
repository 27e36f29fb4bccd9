package pipeline

import "testing"

// TestBodyNounBeginsName: "the" and a capitalised body noun ("the
// Council", "the Union", "the Front") refers back to the body of that kind
// named last, unless a longer name begins there: one the knowledge has
// ("the Council of Europe" after the Security Council) or the noun, "of"
// or "for" and a capitalised word, a body the story names now ("the Union
// of Banana Growers" after the Karen National Union).
func TestBodyNounBeginsName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"known name after a council", d, "The U.N. Security Council met on Monday. The Council of Europe condemned Russia for the attack.", "111", "IGO>RUS", ""},
		{"known name after a union", d, "The African Union met in Addis Ababa on Monday. The Union of Comoros condemned Russia for the attack.", "111", "COM>RUS", ""},
		{"new union of", d, "The Karen National Union attacked an army post in Myanmar on Monday. The Union of Banana Growers accused the Burmese government of lying.", "112", "MMRPTY>MMRGOV", ""},
		{"new front for", d, "The National Front attacked a police post in the north. The Front for Democracy accused the Burmese government of lying.", "112", "MMRPTY>MMRGOV", ""},
		{"leader of a new union", d, "The Karen National Union attacked an army post on Monday. Maria Lopez, a leader of the Union of Banana Growers, accused the Burmese government of lying.", "112", "MMRPTY>MMRGOV", ""},
		// must not: the noun alone still refers back
		{"noun alone", d, "The Karen National Union attacked an army post on Monday. The Union accused the army of burning villages.", "112", "MMRREB>MMRMIL", ""},
		// must not: a lower-case word after "of" is no name
		{"of lower case", d, "The Karen National Union attacked an army post on Monday. The Union of course accused the army of lying.", "112", "MMRREB>MMRMIL", ""},
	})
}
