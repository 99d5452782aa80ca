package cloudformation

import (
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestPartlyKnownStrings: Fn::Sub and Fn::Join with an unknown piece keep
// the known text around it.
func TestPartlyKnownStrings(t *testing.T) {
	src := `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Name:
    Type: String
  Env:
    Type: String
    Default: prod
Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties:
      Sub: !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess
      SubVars: !Sub ["${Prefix}-${Env}-${Name}", {Prefix: app}]
      SubKnown: !Sub "${Env}-x"
      Join: !Join ["/", ["", "subscriptions", !Ref Name]]
      JoinMiddle: !Join [":", [a, !Ref Name, b, !Ref "AWS::Region", c]]
      Nested: !Join ["", [!Sub "arn:${AWS::Partition}", ":iam::aws:policy/X"]]
      Whole: !Ref Name
`
	tm, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
	if diags.HasErrors() || tm == nil {
		t.Fatal(diags)
	}
	body := tm.Resources[0].Body.Get("Properties")
	if body == nil {
		body = tm.Resources[0].Body
	}
	tests := map[string][]string{
		"Sub":        {"arn:", ":iam::aws:policy/AdministratorAccess"},
		"SubVars":    {"app-prod-", ""},
		"SubKnown":   nil,
		"Join":       {"/subscriptions/", ""},
		"JoinMiddle": {"a:", ":b:", ":c"},
		"Nested":     {"arn:", ":iam::aws:policy/X"},
		"Whole":      nil,
	}
	for name, want := range tests {
		v := body.Get(name)
		if v == nil {
			t.Errorf("%s: missing", name)
			continue
		}
		if got := v.KnownParts(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: parts %q, want %q (value %v %q)", name, got, want, v.Kind, v.Str)
		}
	}
	if s, _ := body.Get("SubKnown").AsString(); s != "prod-x" {
		t.Errorf("SubKnown = %q, want prod-x", s)
	}
}

// TestGetAZsAndInclude: selecting from Fn::GetAZs is one unknown value,
// not an error; AWS::Include, at property or resource level, is unknown
// with a note naming the snippet, not an invalid resource.
func TestGetAZsAndInclude(t *testing.T) {
	src := `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      AvailabilityZone: !Select [0, !GetAZs ""]
      Joined: !Join ["", [!Select [1, !GetAZs ""], "-x"]]
      Included:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ./snippet.yaml
  Fn::Transform:
    Name: AWS::Include
    Parameters:
      Location: ./more.yaml
`
	tm, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
	if tm == nil || len(tm.Resources) != 1 {
		t.Fatalf("template: %v %v", tm, diags)
	}
	if len(diags) != 1 || diags[0].Severity != parser.SevNote || diags[0].Summary != "transform not read" {
		t.Errorf("diagnostics: %v, want one note for the top-level include", diags)
	}
	body := tm.Resources[0].Body
	if p := body.Get("Properties"); p != nil {
		body = p
	}
	if az := body.Get("AvailabilityZone"); az == nil || az.Kind != parser.Unknown {
		t.Errorf("AvailabilityZone = %+v, want unknown", az)
	}
	if got := body.Get("Joined").KnownParts(); !reflect.DeepEqual(got, []string{"", "-x"}) {
		t.Errorf("Joined parts = %q", got)
	}
	if inc := body.Get("Included"); inc == nil || inc.Kind != parser.Unknown || inc.Why() != "Fn::Transform runs AWS::Include of ./snippet.yaml at deployment" {
		t.Errorf("Included = %+v", inc)
	}
}
