package cloudformation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// AWS::Include of a local snippet is spliced in with positions in the
// snippet; remote, missing and outside snippets stay unresolved with a
// diagnostic saying why, and nothing outside the scanned tree is read.
func TestAWSInclude(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "tree")
	write := func(rel, text string) {
		t.Helper()
		p := filepath.Join(base, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("tree/snip/props.yaml", "Status: Enabled\n")
	write("tree/snip/res.json", `{"FromJSON": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "t"}}}`)
	write("tree/snip/nested.yaml", "Fn::Transform:\n  Name: AWS::Include\n  Parameters:\n    Location: props.yaml\n")
	write("outside.yaml", "Status: Leaked\n")
	tmpl := `Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters:
      Location: snip/res.json
  Local:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ./snip/props.yaml
  Nested:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Fn::Transform: {Name: AWS::Include, Parameters: {Location: snip/nested.yaml}}
  Remote:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Fn::Transform: {Name: AWS::Include, Parameters: {Location: "s3://bucket/props.yaml"}}
  Outside:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Fn::Transform: {Name: AWS::Include, Parameters: {Location: ../outside.yaml}}
  Missing:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Fn::Transform: {Name: AWS::Include, Parameters: {Location: snip/nope.yaml}}
`
	src := parser.Source{Path: "tree/t.yaml", Abs: filepath.Join(root, "t.yaml"), Bytes: []byte(tmpl)}
	tm, diags := ParseWithOptions(src, Options{Include: IncludeScope{Dir: root, Root: root}})
	if tm == nil {
		t.Fatalf("no template: %v", diags)
	}
	byName := map[string]*parser.Resource{}
	for _, r := range tm.Resources {
		byName[r.Name] = r
	}
	status := func(name string) *parser.Value { return byName[name].Body.Path("VersioningConfiguration", "Status") }
	for _, name := range []string{"Local", "Nested"} {
		s := status(name)
		if s == nil || s.Str != "Enabled" || s.Range.File != "tree/snip/props.yaml" || s.Range.Start.Line != 1 {
			t.Errorf("%s: Status %+v, want Enabled at tree/snip/props.yaml:1", name, s)
		}
	}
	if r := byName["FromJSON"]; r == nil || r.Range.File != "tree/snip/res.json" || r.Type != "AWS::SNS::Topic" {
		t.Errorf("resource from the snippet: %+v", r)
	}
	for _, name := range []string{"Remote", "Outside", "Missing"} {
		if v := byName[name].Body.Get("VersioningConfiguration"); v == nil || v.Kind != parser.Unknown {
			t.Errorf("%s: VersioningConfiguration %+v, want unknown", name, v)
		}
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.Summary)
	}
	for _, want := range []string{"include not read", "include outside the scanned tree not read", "include not found"} {
		if !strings.Contains(strings.Join(got, "|"), want) {
			t.Errorf("diagnostics %q lack %q", got, want)
		}
	}
	// Without a scope nothing is read.
	tm, _ = ParseWithOptions(src, Options{})
	for _, r := range tm.Resources {
		if r.Name == "FromJSON" {
			t.Error("snippet read without a scope")
		}
		if r.Name == "Local" && r.Body.Path("VersioningConfiguration", "Status") != nil {
			t.Error("property snippet read without a scope")
		}
	}
}

// Outputs with an Export name the resources their Value refers to, and
// Fn::ImportValue keeps the name it reads, known or partly known.
func TestExportsAndImports(t *testing.T) {
	src := parser.Source{Path: "t.yaml", Bytes: []byte(`Parameters:
  Net:
    Type: String
    Default: network
Conditions:
  Never: !Equals [a, b]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
  Log:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !ImportValue {"Fn::Sub": "${Net}-VpcId"}
      Other: !ImportValue {"Fn::Sub": "${AWS::StackName}-VpcId"}
Outputs:
  Id:
    Value: !Ref Vpc
    Export: {Name: !Sub "${AWS::StackName}-VpcId"}
  Cidr:
    Value: !GetAtt Vpc.CidrBlock
    Export: {Name: vpc-cidr}
  Hidden:
    Condition: Never
    Value: !Ref Vpc
    Export: {Name: never}
  NoExport:
    Value: !Ref Vpc
`)}
	tm, diags := Parse(src)
	if tm == nil {
		t.Fatal(diags)
	}
	var vpc, log *parser.Resource
	for _, r := range tm.Resources {
		switch r.Name {
		case "Vpc":
			vpc = r
		case "Log":
			log = r
		}
	}
	var exports []string
	for _, e := range vpc.Exports {
		if s, ok := e.AsString(); ok && e.Kind == parser.String {
			exports = append(exports, s)
		} else {
			exports = append(exports, strings.Join(e.KnownParts(), "?"))
		}
	}
	if strings.Join(exports, " ") != "vpc-cidr ?-VpcId" {
		t.Errorf("exports %q, want the Cidr and Id outputs' names (sorted by output)", exports)
	}
	if imp := log.Body.Get("ResourceId").Import(); imp == nil || imp.Str != "network-VpcId" || imp.Kind != parser.String {
		t.Errorf("import %+v, want network-VpcId", imp)
	}
	if imp := log.Body.Get("Other").Import(); imp == nil || imp.Kind != parser.Unknown || strings.Join(imp.KnownParts(), "?") != "?-VpcId" {
		t.Errorf("partly known import %+v", imp)
	}
}

// An AWS::Include whose key is spelled with escapes (JSON's \u, YAML's \x)
// or whose tag is the short form is expanded: the text guard before the
// walk (mayHold) lets escapes through.
func TestAWSIncludeSpelledOtherwise(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "props.yaml"), []byte("Status: Enabled\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"t.json": `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": {"Fn::Transfor\u006d": {"Name": "AWS::Include", "Parameters": {"Location": "props.yaml"}}}}}}}`,
		"t.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        \"Fn::Transfor\\x6d\": {Name: AWS::Include, Parameters: {Location: props.yaml}}\n",
		"l.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        ? \"Fn::Transfo\\\n          rm\"\n        : {Name: AWS::Include, Parameters: {Location: props.yaml}}\n",
		"s.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: !Transform {Name: AWS::Include, Parameters: {Location: props.yaml}}\n",
		"n.yaml": "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {Status: Enabled}\n",
	} {
		src := parser.Source{Path: name, Bytes: []byte(text)}
		tm, diags := ParseWithOptions(src, Options{Include: IncludeScope{Dir: root, Root: root}})
		if tm == nil || len(tm.Resources) != 1 {
			t.Fatalf("%s: %v", name, diags)
		}
		if got, _ := tm.Resources[0].Body.Path("VersioningConfiguration", "Status").AsString(); got != "Enabled" {
			t.Errorf("%s: VersioningConfiguration.Status = %q, want the snippet's Enabled", name, got)
		}
	}
	for text, want := range map[string]bool{
		"Resources: {B: {Type: AWS::S3::Bucket}}":               false,
		`{"UserData": "#!/bin/sh\necho \"a\tb\" \\ \/ \r\b\f"}`: false,
		"UserData: \"a\\0\\a\\v\\e\\ \\\t\\N\\_\\L\\P\\n\"":     false,
		"end\\":                     false,
		`"Fn::Tr\u0061nsform"`:      true,
		`"Fn::Tr\x61nsform"`:        true,
		`"Fn::Tr\U00000061nsform"`:  true,
		"\"Fn::Trans\\\n  form\"":   true,
		"\"Fn::Trans\\\r\n  form\"": true,
		`"C:\\x"`:                   true, // an escaped backslash, then x: taken as an escape
		"%TAG !e! tag:x\n":          true,
		"Key: !Transform {}":        true,
		// Hex escapes of what is not an ASCII letter spell no key
		// (encoding/json writes <, > and & so).
		`{"UserData": "echo \u003cx\u003e \u0026 \u00e9 \x3c \U0001F600"}`: false,
		`"Fn::Tr\u0041nsform"`:        true,
		`"Fn::Tr\u004"`:               true, // cut short
		`"Fn::Tr\u00g1"`:              true, // not hex
		`"Fn::Tr\x7A"`:                true,
		`"x\u0040\u005b\u0060\u007b"`: false, // the neighbours of the letters
	} {
		if got := mayHold([]byte(text), "Transform"); got != want {
			t.Errorf("mayHold(%q) = %v, want %v", text, got, want)
		}
	}
}
