package cloudformation

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestSSMParameterDefault checks that the default param keeps on an
// SSM-typed parameter's unknown value reads back through
// Value.SSMParameterDefault, that other unknowns have none, and that the
// explanation still names the default.
func TestSSMParameterDefault(t *testing.T) {
	src := `Parameters:
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
  NoDefault:
    Type: AWS::SSM::Parameter::Value<String>
  Plain:
    Type: String
Resources:
  A:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref Ami
      KeyName: !Ref NoDefault
      UserData: !Ref Plain
`
	tm, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
	if tm == nil || len(tm.Resources) != 1 {
		t.Fatalf("parse: %v", diags)
	}
	res := tm.Resources[0]
	for _, tc := range []struct {
		attr, want string
		ok         bool
	}{
		{"ImageId", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", true},
		{"KeyName", "", false},
		{"UserData", "", false},
	} {
		got, ok := res.Body.Get(tc.attr).SSMParameterDefault()
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: SSMParameterDefault = %q, %v; want %q, %v", tc.attr, got, ok, tc.want, tc.ok)
		}
	}
	img := res.Body.Get("ImageId")
	// A parent stack passing its own SSM-typed parameter on: the child's
	// value is the parent's, default included.
	child, _ := ParseWithOptions(parser.Source{Path: "c.yaml", Bytes: []byte(`Parameters:
  Image:
    Type: AWS::EC2::Image::Id
Resources:
  B:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref Image
`)}, Options{Parameters: map[string]ParamValue{"Image": {Value: img, Note: "passed"}}})
	if got, ok := child.Resources[0].Body.Get("ImageId").SSMParameterDefault(); !ok || got != "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64" {
		t.Errorf("passed on by a parent: SSMParameterDefault = %q, %v", got, ok)
	}
	if want := "parameter Ami is read from SSM Parameter Store at deployment (default /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64)"; img.Why() != want {
		t.Errorf("ImageId: Why = %q, want %q", img.Why(), want)
	}
	if img.Import() != nil {
		t.Error("an SSM parameter's default read as an import")
	}
	var nilValue *parser.Value
	if _, ok := nilValue.SSMParameterDefault(); ok {
		t.Error("nil value read as an SSM parameter")
	}
	if _, ok := (&parser.Value{Kind: parser.String, Str: "x"}).SSMParameterDefault(); ok {
		t.Error("known value read as an SSM parameter")
	}
	// An explanation that only reads like one carries no default.
	fake := (&parser.Value{Kind: parser.Unknown}).SetExtra(parser.Extra{Why: img.Why()})
	if _, ok := fake.SSMParameterDefault(); ok {
		t.Error("an explanation's text read as an SSM parameter's default")
	}
	// An import is not an SSM parameter's default, and each setter
	// replaces the other.
	u := (&parser.Value{Kind: parser.Unknown}).SetExtra(parser.Extra{Why: "w"})
	u.SetImport(&parser.Value{Kind: parser.String, Str: "export"})
	if _, ok := u.SSMParameterDefault(); ok || u.Import() == nil || u.Why() != "w" {
		t.Errorf("after SetImport: Import %v, Why %q", u.Import(), u.Why())
	}
	u.SetSSMParameterDefault(&parser.Value{Kind: parser.String, Str: "/p"})
	if d, ok := u.SSMParameterDefault(); !ok || d != "/p" || u.Import() != nil {
		t.Errorf("after SetSSMParameterDefault: %q, %v, Import %v", d, ok, u.Import())
	}
	u.SetSSMParameterDefault(nil)
	if _, ok := u.SSMParameterDefault(); ok || u.Why() != "w" {
		t.Error("SetSSMParameterDefault(nil) left a default")
	}
}
