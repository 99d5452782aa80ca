package cloudformation

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestSchemaWarnings parses templates whose lines carry their expected
// warning as a trailing "#! detail" comment (JSON templates list them in
// want), and checks that exactly those schema warnings are given, on those
// lines.
func TestSchemaWarnings(t *testing.T) {
	tests := []struct {
		name, src string
		json      bool
		want      []string // "line: detail", for JSON
	}{
		{name: "misspelled property", src: `
Resources:
  Vol:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: us-east-1a
      Encypted: true #! AWS::EC2::Volume has no property "Encypted"; did you mean "Encrypted"?
      kmsKeyId: alias/x #! AWS::EC2::Volume has no property "kmsKeyId"; did you mean "KmsKeyId"?
      Size: 10
`},
		{name: "nested properties, lists and Fn::If branches", src: `
Conditions:
  IsProd: !Equals [!Ref "AWS::Region", us-east-1]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgoritm: aws:kms #! AWS::S3::Bucket property BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault has no property "SSEAlgoritm"; did you mean "SSEAlgorithm"?
      VersioningConfiguration: !If
        - IsProd
        - Status: Enabled
        - Staus: Suspended #! AWS::S3::Bucket property VersioningConfiguration has no property "Staus"; did you mean "Status"?
      LoggingConfiguration:
        Fn::If:
          - IsProd
          - DestinationBucketName: logs
            LogFilePrefx: b/ #! AWS::S3::Bucket property LoggingConfiguration has no property "LogFilePrefx"; did you mean "LogFilePrefix"?
          - !Ref AWS::NoValue
  Vol:
    Type: AWS::EC2::Volume
    Properties: !If
      - IsProd
      - AvailabilityZone: a
        Encrypted: true
      - AvailabilityZone: a
        Encryptd: true #! AWS::EC2::Volume has no property "Encryptd"; did you mean "Encrypted"?
`},
		{name: "values of intrinsic functions are not property names", src: `
Parameters:
  Tags:
    Type: String
Conditions:
  IsProd: !Equals [a, b]
Resources:
  Vol:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: !Select [0, !GetAZs ""]
      Encrypted: !If [IsProd, true, false]
      Tags: !Ref Tags
      KmsKeyId: {"Fn::ImportValue": {"Fn::Sub": "${AWS::StackName}-Encypted"}}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statment: [] # untyped JSON: not checked
      Policies:
        - PolicyName: p
          PolicyDocument: {Versoin: "2012-10-17"}
`},
		{name: "resource types", src: `
Resources:
  Queue:
    Type: AWS::SQS::Queues #! AWS::SQS::Queues is not a CloudFormation resource type; did you mean "AWS::SQS::Queue"?
    Properties:
      Encypted: true
  Lower:
    Type: aws::sqs::queue
  Skill:
    Type: Alexa::ASK::Skil #! Alexa::ASK::Skil is not a CloudFormation resource type; did you mean "Alexa::ASK::Skill"?
  New:
    Type: AWS::BrandNewService::Widget
    Properties:
      Encypted: true
  Custom:
    Type: Custom::Volume
    Properties:
      Encypted: true
  Private:
    Type: MyOrg::Storage::Volume
    Properties:
      Encypted: true
  Module:
    Type: MyOrg::Storage::Volume::MODULE
`},
		{name: "names far from every known one are taken as newer than the schema", src: `
Resources:
  Vol:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: a
      VolumeInitializationRate: 100
`},
		{name: "resource attributes", src: `
Resources:
  A:
    Type: AWS::SNS::Topic
    Propertes: #! resource A has no attribute "Propertes"; did you mean "Properties"?
      TopicName: t
    DependOn: B #! resource A has no attribute "DependOn"; did you mean "DependsOn"?
    DeletionPolicy: Retain
  B:
    Type: AWS::SNS::Topic
`},
		{name: "a resource whose Condition is false is still checked", src: `
Conditions:
  Never: !Equals [a, b]
Resources:
  Vol:
    Type: AWS::EC2::Volume
    Condition: Never
    Properties:
      AvailabilityZone: a
      Encypted: true #! AWS::EC2::Volume has no property "Encypted"; did you mean "Encrypted"?
`},
		{name: "SAM", src: `
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Tracng: Active #! AWS::Serverless::Function has no property "Tracng"; did you mean "Tracing"?
    Environment:
      Variables:
        Tracng: "a variable, the user's own name"
  Api:
    TracingEnabled: true
  NewKind:
    Tracng: Active
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri:
        Buckt: b #! AWS::Serverless::Function property CodeUri has no property "Buckt"; did you mean "Bucket"?
        Key: k
      Tracng: Active #! AWS::Serverless::Function has no property "Tracng"; did you mean "Tracing"?
      Tags:
        Encypted: "a tag, the user's own key"
      Policies:
        - S3ReadPolicy: {BucketName: b}
      Events:
        Api:
          Type: Api
          Properties: {Path: /, Method: get}
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      AccessLogSettings: {DestinationArn: arn, Format: f} # SAM's name; goformation misnames it
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      PermissionsBoundary: arn # SAM's name; goformation misnames it
      Tracing: {Enabld: true} #! AWS::Serverless::StateMachine property Tracing has no property "Enabld"; did you mean "Enabled"?
`},
		{name: "Fn::ForEach copies warn once", src: `
Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Volumes:
    - Name
    - [a, b]
    - "Vol${Name}":
        Type: AWS::EC2::Volume
        Properties:
          AvailabilityZone: a
          Encypted: true #! AWS::EC2::Volume has no property "Encypted"; did you mean "Encrypted"?
`},
		{name: "JSON", json: true, src: `{
  "Resources": {
    "Vol": {
      "Type": "AWS::EC2::Volume",
      "Properties": {"AvailabilityZone": "a", "Encypted": true}
    }
  }
}`, want: []string{`5: AWS::EC2::Volume has no property "Encypted"; did you mean "Encrypted"?`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.TrimPrefix(tc.src, "\n")
			want := tc.want
			if !tc.json {
				src = "AWSTemplateFormatVersion: \"2010-09-09\"\n" + src
				for i, line := range strings.Split(src, "\n") {
					if _, detail, ok := strings.Cut(line, " #! "); ok {
						want = append(want, fmt.Sprintf("%d: %s", i+1, detail))
					}
				}
			}
			tmpl, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
			if tmpl == nil {
				t.Fatalf("not a template: %v", diags)
			}
			var got []string
			for _, d := range diags {
				switch d.Summary {
				case "unknown property", "unknown resource type", "unknown resource attribute":
					if d.Severity != parser.SevWarning {
						t.Errorf("%v: severity %s", d, d.Severity)
					}
					got = append(got, fmt.Sprintf("%d: %s", d.Range.Start.Line, d.Detail))
				}
			}
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			checkDiagPositions(t, parser.Source{Path: "t.yaml", Bytes: []byte(src)}, diags)
		})
	}
}

// TestSchemaWarningsKeepTheResources: a warning is only a warning; the
// resource is read as written.
func TestSchemaWarningsKeepTheResources(t *testing.T) {
	src := "Resources:\n  Vol:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encypted: true\n"
	tmpl, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
	if tmpl == nil || diags.HasErrors() || len(tmpl.Resources) != 1 {
		t.Fatalf("template %v, diags %v", tmpl, diags)
	}
	if tmpl.Resources[0].Body.Get("Encypted") == nil {
		t.Errorf("the misspelled property is gone from the body")
	}
}
