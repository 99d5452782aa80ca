package aws

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestPolicyDocumentPartlyKnown checks that policy documents with unknown
// pieces inside their strings, or with trailing commas, are read.
func TestPolicyDocumentPartlyKnown(t *testing.T) {
	tests := []struct {
		name      string
		v         *parser.Value
		principal string // "" when the document must not decode
		resource  parser.Kind
	}{
		{"known", &parser.Value{Kind: parser.String, Str: `{"Statement":[{"Principal":"*","Resource":"arn:aws:sqs:::q"}]}`}, "*", parser.String},
		{"trailing commas", &parser.Value{Kind: parser.String, Str: `{"Statement":[{"Principal":"*","Resource":"a,]",},]}`}, "*", parser.String},
		{"unknown resource", (&parser.Value{Kind: parser.Unknown}).SetExtra(parser.Extra{Parts: []string{`{"Statement":[{"Principal":"*","Resource":"`, `"}]}`}}), "*", parser.Unknown},
		{"unknown outside a string", (&parser.Value{Kind: parser.Unknown}).SetExtra(parser.Extra{Parts: []string{`{"Statement":[{"Principal":"*","Resource":`, `}]}`}}), "", 0},
		{"nothing known", &parser.Value{Kind: parser.Unknown}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := policyDocument(tt.v)
			if tt.principal == "" {
				if doc != nil {
					t.Fatalf("decoded %v, want nil", doc)
				}
				return
			}
			if doc == nil {
				t.Fatal("not decoded")
			}
			st := statements(doc)
			if len(st) != 1 {
				t.Fatalf("%d statements, want 1", len(st))
			}
			if p, _ := st[0].Get("Principal").AsString(); p != tt.principal {
				t.Errorf("Principal %q, want %q", p, tt.principal)
			}
			if k := st[0].Get("Resource").Kind; k != tt.resource {
				t.Errorf("Resource kind %v, want %v", k, tt.resource)
			}
		})
	}
}
