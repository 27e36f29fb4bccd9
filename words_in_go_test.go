package dateline

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The English words the Go code of the event and syntax stages spells
// out, counted by TestWordsInGo: knowledge is data, and what Go may hold
// is a handful of closed-class words the grammar needs (prepositions,
// determiners, pronouns, auxiliaries, modals, conjunctions). Each is
// listed, with why it is grammar, in internal/syntax/data/README.md
// ("Words in Go"). A change that adds one raises the count and fails the
// test: put the word in a data file, or add it to the README's list and
// raise the count here with the reason in the commit.
const (
	// maxListed is how many times a word stands in a switch case, a map
	// literal or a []string literal: a list ("case "on", "against"").
	maxListed = 185
	// maxCompared is how many times a word is compared with == or !=
	// ("w == "by""): a list spelt another way.
	maxCompared = 358
)

// wordKeywords are the declarations whose words are the keywords of a
// data file's format, not words matched against text: the role names of
// words.txt and the lines it reads by name (tag, ownwith, afterdoer), the
// flags of policy.tsv, and the argument and option names of the lexicon's
// entries.
var wordKeywords = []string{
	"internal/syntax/lexicon.go roleNames",
	"internal/syntax/lexicon.go readWords",
	"internal/event/policy.go flagNames",
	"internal/event/entry.go argNames",
	"internal/event/entry.go addEntry",
}

// wordUse is one English word a Go string literal spells.
type wordUse struct {
	word, where string
	compared    bool
}

// TestWordsInGo counts the string literals of lower-case letters only in
// the non-test Go files of internal/event and internal/syntax (outside
// wordKeywords) that stand in a switch case, a map literal, a []string
// literal or an == or != comparison, and fails when either count rises
// above the one recorded or a word is not named in the README's list.
func TestWordsInGo(t *testing.T) {
	var uses []wordUse
	for _, dir := range []string{"internal/event", "internal/syntax"} {
		u, err := wordsInDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		uses = append(uses, u...)
	}
	listed, compared := 0, 0
	for _, u := range uses {
		if u.compared {
			compared++
		} else {
			listed++
		}
	}
	if listed > maxListed {
		t.Errorf("%d English words in Go lists (switch cases, map and []string literals), want at most %d:\n%s", listed, maxListed, wordTable(uses, false))
	}
	if compared > maxCompared {
		t.Errorf("%d English words compared with == or != in Go, want at most %d:\n%s", compared, maxCompared, wordTable(uses, true))
	}
	doc, err := os.ReadFile("internal/syntax/data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(doc)
	if i := strings.Index(section, "## Words in Go"); i >= 0 {
		section = section[i:]
		if j := strings.Index(section[1:], "\n## "); j >= 0 {
			section = section[:j+1]
		}
	} else {
		section = ""
	}
	seen := map[string]bool{}
	for _, u := range uses {
		if !seen[u.word] && !strings.Contains(section, "`"+u.word+"`") {
			t.Errorf("%q (%s) is not named in internal/syntax/data/README.md's \"Words in Go\"", u.word, u.where)
		}
		seen[u.word] = true
	}
	if listed < maxListed || compared < maxCompared {
		t.Logf("fewer English words in Go (%d listed, %d compared) than recorded (%d, %d): lower the counts here and in internal/syntax/data/README.md", listed, compared, maxListed, maxCompared)
	}
}

// wordsInDir returns the English words the non-test Go files of dir spell
// in lists and comparisons.
func wordsInDir(dir string) ([]wordUse, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var uses []wordUse
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			if slices.Contains(wordKeywords, filepath.ToSlash(name)+" "+declName(d)) {
				continue
			}
			ast.Inspect(d, func(n ast.Node) bool {
				add := func(e ast.Expr, compared bool) {
					if w, ok := englishWord(e); ok {
						uses = append(uses, wordUse{w, fset.Position(e.Pos()).String(), compared})
					}
				}
				switch n := n.(type) {
				case *ast.CaseClause:
					for _, e := range n.List {
						add(e, false)
					}
				case *ast.BinaryExpr:
					if n.Op == token.EQL || n.Op == token.NEQ {
						add(n.X, true)
						add(n.Y, true)
					}
				case *ast.CompositeLit:
					switch typ := n.Type.(type) {
					case *ast.MapType:
						for _, e := range n.Elts {
							if kv, ok := e.(*ast.KeyValueExpr); ok {
								add(kv.Key, false)
								add(kv.Value, false)
							}
						}
					case *ast.ArrayType:
						if id, ok := typ.Elt.(*ast.Ident); ok && id.Name == "string" {
							for _, e := range n.Elts {
								add(e, false)
							}
						}
					}
				}
				return true
			})
		}
	}
	return uses, nil
}

// declName names a top-level declaration: a function's name, or the first
// name a var or const declaration gives.
func declName(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Name.Name
	case *ast.GenDecl:
		for _, s := range d.Specs {
			if v, ok := s.(*ast.ValueSpec); ok && len(v.Names) > 0 {
				return v.Names[0].Name
			}
		}
	}
	return ""
}

// englishWord returns the text of a string literal of lower-case letters
// only ("against"; not "NNP", "13", "coref:", "'s").
func englishWord(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	if err != nil || s == "" {
		return "", false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	return s, true
}

// wordTable lists the words of one kind of use, each with how often and
// where.
func wordTable(uses []wordUse, compared bool) string {
	where := map[string][]string{}
	for _, u := range uses {
		if u.compared == compared {
			where[u.word] = append(where[u.word], u.where)
		}
	}
	words := make([]string, 0, len(where))
	for w := range where {
		words = append(words, w)
	}
	slices.Sort(words)
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s %d: %s\n", w, len(where[w]), strings.Join(where[w], " "))
	}
	return b.String()
}
