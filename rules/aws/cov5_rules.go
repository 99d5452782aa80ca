package aws

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func iamPlainSecrets() *engine.Rule {
	env := parser.A("environment.variables", "Environment.Variables")
	return setting.Rule(engine.Rule{ID: "AWS-209"}, setting.Check{
		Types:   []string{"aws_lambda_function", "AWS::Lambda::Function"},
		Judge:   unlessAWSKeyPair(setting.Either(secrettext.InEnvMap(secretFound, env), accessKeySecretInEnv(env))),
		Problem: "an environment variable holds a secret in clear text",
	}, setting.Check{
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge:   unlessAWSKeyPair(secretInContainers(parser.A("container_definitions", "ContainerDefinitions"))),
		Problem: "a container's environment holds a secret in clear text",
	}, setting.Check{
		Types:   []string{"aws_batch_job_definition", "AWS::Batch::JobDefinition"},
		Judge:   unlessAWSKeyPair(secretInEnvironments(batchContainers)),
		Problem: "a job container's environment holds a secret in clear text",
	}, setting.Check{
		Types: []string{"aws_instance", "aws_launch_template", "aws_launch_configuration",
			"AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"},
		Judge: unlessAWSKeyPair(setting.Either(secretInText(parser.A("user_data", "UserData")),
			secretInText(parser.A("user_data_base64", "LaunchTemplateData.UserData")),
			accessKeyInUserData(parser.A("user_data", "UserData"), parser.A("user_data_base64", "LaunchTemplateData.UserData")))),
		Problem: "the user data, readable by anyone who may describe the instance, holds a credential",
	}, setting.Check{
		Types: []string{"aws_elastic_beanstalk_environment", "aws_elastic_beanstalk_configuration_template",
			"AWS::ElasticBeanstalk::Environment", "AWS::ElasticBeanstalk::ConfigurationTemplate"},
		Judge:   unlessAWSKeyPair(secretInBeanstalkSettings),
		Problem: "an environment property holds a secret in clear text",
	}, setting.Check{
		Types:   []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge:   unlessAWSKeyPair(secretInBuildVariables(parser.A("environment.environment_variable", "Environment.EnvironmentVariables"))),
		Problem: "a build environment variable holds a secret in clear text",
	}, setting.Check{
		// Stage variables are shown to anyone who may read the API's
		// configuration: not for credentials (API Gateway guide).
		Types: []string{"aws_api_gateway_stage", "AWS::ApiGateway::Stage", "aws_apigatewayv2_stage", "AWS::ApiGatewayV2::Stage"},
		Judge: unlessAWSKeyPair(secrettext.InEnvMap(secretFound, parser.A("variables", "Variables"),
			parser.A("stage_variables", "StageVariables"))),
		Problem: "a stage variable holds a secret in clear text",
	}, setting.Check{
		Types:   []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge:   credentialInSourceURL(parser.A("source", "Source"), parser.A("secondary_sources", "SecondarySources")),
		Problem: "the source repository URL embeds a credential, kept in clear text in the project's configuration",
	})
}

// credentialInSourceURL judges the repository URLs of a CodeBuild
// project's sources (location, Location): a URL whose user information
// holds a password or token (https://user:token@bitbucket.org/...) keeps
// that credential in the project. Sources without a URL (S3,
// CODEPIPELINE, NO_SOURCE) are not judged; a URL not known statically of
// a source that has one is a note.
func credentialInSourceURL(sources ...parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		var unknown *parser.Verdict
		for _, a := range sources {
			blocks, hidden := setting.Blocks(a.Of(res))
			if hidden != nil {
				v := parser.Unknowable(hidden, a.Name(res))
				unknown = &v
				continue
			}
			for _, b := range blocks {
				if t, ok := firstOf(b, "type", "Type").AsString(); ok && !sourceHasURL(t) {
					continue
				}
				key := "location"
				if strings.HasPrefix(res.Type, "AWS::") {
					key = "Location"
				}
				switch v := urlCredential(b.Get(key), a.Name(res)+"."+key); v.Answer {
				case parser.Yes:
					return v
				case parser.CannotTell:
					unknown = &v
				}
			}
		}
		if unknown != nil {
			return *unknown
		}
		return parser.Decided
	}
}

// sourceHasURL reports whether a CodeBuild source type is read from a
// repository URL.
func sourceHasURL(t string) bool {
	switch strings.ToUpper(strings.TrimSpace(t)) {
	case "S3", "CODEPIPELINE", "NO_SOURCE":
		return false
	}
	return true
}

// gitTokenUser matches a user name that is itself an access token
// (GitHub and GitLab accept a token alone as the URL's user name).
var gitTokenUser = regexp.MustCompile(`^(ghp_|gho_|ghu_|ghs_|github_pat_|glpat-)[A-Za-z0-9_]{16,}$`)

// urlCredential judges one repository URL: Yes when its user information
// carries a password or token. A URL built from unknown values is judged
// on its known text when that shows user:password@ around the unknown
// parts, and is a note when it is not known at all.
func urlCredential(v *parser.Value, name string) parser.Verdict {
	if v == nil {
		return parser.Decided
	}
	s, ok := v.AsString()
	if !ok {
		parts := v.KnownParts()
		if len(parts) == 0 {
			if parser.Set(v) == parser.No {
				return parser.Decided
			}
			return parser.Unknowable(v, name)
		}
		// The unknown parts become a placeholder: "https://" + user + ":"
		// + token + "@host/..." still shows where the credential sits.
		s = strings.Join(parts, "\x00")
	}
	i := strings.Index(s, "://")
	if i < 0 {
		return parser.Decided
	}
	authority := s[i+3:]
	if j := strings.IndexAny(authority, "/?#"); j >= 0 {
		authority = authority[:j]
	}
	at := strings.LastIndex(authority, "@")
	if at < 0 {
		return parser.Decided
	}
	user, password, hasPassword := strings.Cut(authority[:at], ":")
	switch {
	case hasPassword && password != "":
		return parser.Bad(v, name+" holds a user name and a password or token before the host")
	case !hasPassword && gitTokenUser.MatchString(user):
		return parser.Bad(v, name+" holds an access token as its user name")
	}
	return parser.Decided
}

// secretInBuildVariables judges a CodeBuild project's environment
// variables of type PLAINTEXT, the default; PARAMETER_STORE and
// SECRETS_MANAGER variables name where the secret is kept.
func secretInBuildVariables(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		vars, _ := setting.Blocks(a.Of(res))
		for _, e := range vars {
			name, value := firstOf(e, "name", "Name"), firstOf(e, "value", "Value")
			n, okN := name.AsString()
			if t := firstOf(e, "type", "Type"); t != nil && !t.IsAnyOf("PLAINTEXT") ||
				value == nil || value.Kind != parser.String || !okN {
				continue
			}
			if kind, ok := secretFound(n, value.Str); ok {
				return parser.Bad(value, fmt.Sprintf("environment variable %s holds %s", n, kind))
			}
		}
		return parser.Decided
	}
}

// unlessAWSKeyPair leaves to AWS-117 the resources whose settings hold an
// AWS access key id with a secret beside it.
func unlessAWSKeyPair(j setting.Judge) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		c := scanCredentials(res.Body)
		if len(c.keys) > 0 && c.secret {
			return parser.Decided
		}
		return j(res)
	}
}

// secretFound returns what secret the assignment name=value holds. An AWS
// access key is left to AWS-117, which pairs it with its secret; ARNs and
// CloudFormation dynamic references name where a secret is kept.
func secretFound(name, value string) (string, bool) {
	if strings.HasPrefix(value, "arn:") || strings.HasPrefix(value, "{{resolve:") || kmsCiphertext(value) {
		return "", false
	}
	// A secret access key is a secret whatever the variable is called; one
	// with its key id beside it is AWS-117's (unlessAWSKeyPair).
	if awsSecretKeyValue(value) {
		return "an AWS secret access key", true
	}
	if secretNameRef.MatchString(name) {
		name = "" // only the value's own shape (a private key) tells
	}
	if kind, ok := secrettext.Find(name + "=" + value); ok {
		return kind, kind != "an AWS access key"
	}
	// A variable is a name and a value apart: a value with spaces or of
	// any length is the secret as well, unless it is a flag, a number or
	// a reference resolved at run time.
	v := strings.TrimSpace(value)
	if !secretName.MatchString(name) || v == "" ||
		strings.ContainsAny(v, "$%{}<>/") || strings.Contains(strings.ToLower(v), "example") {
		return "", false
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil {
		return "", false
	}
	if _, err := strconv.ParseBool(v); err == nil {
		return "", false
	}
	return "a literal value", true
}

// cmsEncryptedDataOID is the DER encoding of the CMS EncryptedData content
// type (1.2.840.113549.1.7.6), which a KMS ciphertext blob carries.
var cmsEncryptedDataOID = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x06}

// kmsCiphertext reports whether value is a base64 KMS ciphertext blob, as
// the Lambda console's encryption helpers or aws kms encrypt write it: the
// value is already encrypted under a KMS key, and reading it in clear needs
// kms:Decrypt on that key, so it is not a secret in clear text.
func kmsCiphertext(value string) bool {
	v := strings.TrimSpace(value)
	if len(v) < 40 || !strings.HasPrefix(v, "AQ") {
		return false
	}
	b, err := base64.StdEncoding.DecodeString(v)
	return err == nil && len(b) > 16 && b[0] == 0x01 && bytes.Contains(b, cmsEncryptedDataOID)
}

var (
	// secretName is a variable name that says it holds a secret.
	secretName = regexp.MustCompile(`(?i)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)`)
	// secretNameRef is one that says it holds where the secret is, or a
	// setting about it.
	secretNameRef = regexp.MustCompile(`(?i)[_.-](ID|NAME|URI|URL|ARN|PATH|FILE|REF|VERSION|PARAM|PARAMETER|TTL|LENGTH|EXPIRY|HEADER|ENABLED|TYPE)$`)
)

// secretInContainers judges the environment of ECS container definitions:
// a JSON document in Terraform, a list in CloudFormation.
func secretInContainers(a parser.Attr) setting.Judge {
	return secretInEnvironments(func(res *parser.Resource) []*parser.Value {
		return containerDefinitions(a.Of(res))
	})
}

// secretInEnvironments judges the environment lists ({name, value} or
// {Name, Value} elements) of the containers a resource runs.
func secretInEnvironments(containers func(*parser.Resource) []*parser.Value) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		for _, c := range containers(res) {
			envs, _ := setting.Blocks(firstOf(c, "environment", "Environment"))
			for _, e := range envs {
				name, value := firstOf(e, "name", "Name"), firstOf(e, "value", "Value")
				n, okN := name.AsString()
				if value == nil || value.Kind != parser.String || !okN {
					continue
				}
				if kind, ok := secretFound(n, value.Str); ok {
					return parser.Bad(value, fmt.Sprintf("environment variable %s holds %s", n, kind))
				}
			}
		}
		return parser.Decided
	}
}

// batchContainers returns the containers of a Batch job definition: the
// container of a single-node job (container_properties, a JSON document in
// Terraform; ContainerProperties), the container of each node range of a
// multi-node job (node_properties; NodeProperties.NodeRangeProperties[].Container)
// and the containers of an ECS-orchestrated job (ecs_properties;
// EcsProperties.TaskProperties[].Containers).
func batchContainers(res *parser.Resource) []*parser.Value {
	doc := func(a parser.Attr) *parser.Value {
		v := a.Of(res)
		if v == nil || v.Kind != parser.String {
			return v
		}
		d, _ := setting.DecodedJSON(v) // nil when not JSON: no container
		return d
	}
	var out []*parser.Value
	if c := doc(parser.A("container_properties", "ContainerProperties")); c != nil && c.Kind == parser.Object {
		out = append(out, c)
	}
	if n := doc(parser.A("node_properties", "NodeProperties")); n != nil && n.Kind == parser.Object {
		ranges, _ := setting.Blocks(firstOf(n, "nodeRangeProperties", "NodeRangeProperties"))
		for _, r := range ranges {
			if c := firstOf(r, "container", "Container"); c != nil && c.Kind == parser.Object {
				out = append(out, c)
			}
		}
	}
	if e := doc(parser.A("ecs_properties", "EcsProperties")); e != nil && e.Kind == parser.Object {
		tasks, _ := setting.Blocks(firstOf(e, "taskProperties", "TaskProperties"))
		for _, t := range tasks {
			cs, _ := setting.Blocks(firstOf(t, "containers", "Containers"))
			out = append(out, cs...)
		}
	}
	return out
}

// containerDefinitions returns the container definitions of a task
// definition; a JSON string (jsonencode, a file) is decoded.
func containerDefinitions(v *parser.Value) []*parser.Value {
	if v != nil && v.Kind == parser.String {
		doc, ok := setting.DecodedJSON(v)
		if !ok || doc.Kind != parser.List {
			return nil // a JSON array of definitions, or nothing
		}
		v = doc
	}
	items, _ := setting.Blocks(v)
	return items
}

func firstOf(v *parser.Value, names ...string) *parser.Value {
	for _, n := range names {
		if x := v.Get(n); x != nil {
			return x
		}
	}
	return nil
}

// secretInText judges free text such as user data (base64 or not).
func secretInText(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		kind, at, ok := secrettext.InValue(a.Of(res))
		if !ok || kind == "an AWS access key" {
			return parser.Decided
		}
		return parser.Bad(at, a.Name(res)+" holds "+kind)
	}
}

func iamQLDBAllowAll() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-210"}, setting.Check{
		Types:   []string{"aws_qldb_ledger", "AWS::QLDB::Ledger"},
		Judge:   setting.MustNotBe(parser.A("permissions_mode", "PermissionsMode"), "", "ALLOW_ALL"),
		Problem: "any principal allowed the legacy qldb:SendCommand action may run every PartiQL command on every table",
	})
}

func iamUserPolicies() *engine.Rule {
	users := writtenNames(parser.A("users", "Users"))
	return setting.Rule(engine.Rule{ID: "AWS-211"}, setting.Check{
		Types:   []string{"aws_iam_user_policy", "aws_iam_user_policy_attachment"},
		Judge:   func(res *parser.Resource) parser.Verdict { return parser.Bad(nil, "an "+res.Type) },
		Problem: "the policy is granted to a user directly instead of through a group or role",
	}, setting.Check{
		Types:   []string{"aws_iam_policy_attachment", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"},
		Judge:   users,
		Problem: "the policy is granted to users directly instead of through a group or role",
	}, setting.Check{
		Types:   []string{"AWS::IAM::User"},
		Judge:   setting.Either(written(parser.A("", "Policies")), written(parser.A("", "ManagedPolicyArns"))),
		Problem: "the user is granted policies directly instead of through a group",
	})
}

// written is insecure where the setting a is written (a non-empty value).
func written(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		switch v := a.Of(res); parser.Set(v) {
		case parser.Yes:
			return parser.Bad(v, a.Name(res)+" is set")
		case parser.CannotTell:
			return parser.Unknowable(v, a.Name(res))
		}
		return parser.Decided
	}
}

// writtenNames is written for a list of names: a list whose every element is
// a blank string (users = [""]) names nobody.
func writtenNames(a parser.Attr) setting.Judge {
	judge := written(a)
	return func(res *parser.Resource) parser.Verdict {
		if v := a.Of(res); v != nil && v.Kind == parser.List && len(v.Elems) > 0 {
			for _, e := range v.Elems {
				if s, ok := e.AsString(); !ok || strings.TrimSpace(s) != "" {
					return judge(res)
				}
			}
			return parser.Decided
		}
		return judge(res)
	}
}

// checkSQSPolicyAllActions reports queue policy statements that allow
// every SQS action ("*" or "sqs:*").
func checkSQSPolicyAllActions(p *engine.Pass) {
	doc := parser.A("policy", "PolicyDocument")
	var srcs []polSource
	for _, res := range p.KnownManaged("aws_sqs_queue_policy", "aws_sqs_queue", "AWS::SQS::QueuePolicy") {
		srcs = append(srcs, polSource{res: res, v: doc.Of(res), attr: "policy"})
	}
	reportAllActions(p, srcs, "sqs", "%s: the queue policy allows every SQS action (%s), including changing the policy and deleting the queue")
}

func iamLambdaServiceWithoutSource() *engine.Rule {
	principal := parser.A("principal", "Principal")
	// service answers whether the principal is an AWS service other than
	// S3 (s3 false) or S3 itself (s3 true).
	service := func(s3 bool) setting.Judge {
		return func(res *parser.Resource) parser.Verdict {
			s, ok := principal.Of(res).AsString()
			s = strings.ToLower(strings.TrimSpace(s))
			if ok && strings.HasSuffix(s, ".amazonaws.com") && (s == "s3.amazonaws.com") == s3 {
				return parser.Verdict{Answer: parser.Yes}
			}
			return parser.Decided
		}
	}
	types := []string{"aws_lambda_permission", "AWS::Lambda::Permission"}
	// A permission limited to an organization's accounts
	// (principal_org_id, PrincipalOrgID) is not open to any account.
	org := []parser.Attr{parser.A("principal_org_id", "PrincipalOrgID")}
	sourceAccount := parser.A("source_account", "SourceAccount")
	return setting.Rule(engine.Rule{ID: "AWS-213"}, setting.Check{
		Types:  types,
		If:     service(false),
		Unless: org,
		Judge: setting.Both(setting.MustBeSet(parser.A("source_arn", "SourceArn")),
			setting.MustBeSet(sourceAccount)),
		Problem: "the AWS service may invoke the function on behalf of any account's resource (no source ARN or source account)",
	}, setting.Check{
		// A bucket ARN holds no account ID, and a deleted bucket's name can
		// be taken by another account: Lambda's documentation asks for the
		// source account with S3 whether or not the ARN is given.
		Types:   types,
		If:      service(true),
		Unless:  org,
		Judge:   setting.MustBeSet(sourceAccount),
		Problem: "S3 may invoke the function for a bucket of any account (no source account; a bucket ARN holds no account ID)",
	})
}

// netAcceleratorFlowLogs is AWS-010's check of Global Accelerator
// accelerators, whose flow logs are off by default (Terraform only:
// CloudFormation has no property for them).
var netAcceleratorFlowLogs = setting.Check{
	Types:   []string{"aws_globalaccelerator_accelerator"},
	Judge:   setting.MustBeTrue(parser.A("attributes.flow_logs_enabled", ""), false),
	Problem: "the accelerator records no flow logs",
}

// logBeanstalkLogStreaming judges the aws:elasticbeanstalk:cloudwatch:logs
// StreamLogs option of an Elastic Beanstalk environment (off by default),
// or the aws:elasticbeanstalk:hostmanager LogPublicationControl option,
// which copies the instances' rotated logs to S3 (off by default too).
// An environment built from a saved configuration takes its options from
// there, and is not judged.
func logBeanstalkLogStreaming() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-214"}, setting.Check{
		Types:  []string{"aws_elastic_beanstalk_environment", "AWS::ElasticBeanstalk::Environment"},
		Unless: []parser.Attr{parser.A("template_name", "TemplateName")},
		Judge: setting.Both(
			beanstalkOption("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs"),
			beanstalkOption("aws:elasticbeanstalk:hostmanager", "LogPublicationControl")),
		Problem: "the environment neither streams its instance logs to CloudWatch Logs nor publishes them to S3",
	})
}

// beanstalkOption judges an Elastic Beanstalk boolean option that must be
// true (false when not written; a later setting of it wins).
func beanstalkOption(namespace, name string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		o, v := beanstalkOptions(res)
		if o == nil {
			return v
		}
		if val := o.get(namespace, name); val != nil {
			return parser.NotTrue(val, namespace+" "+name, false)
		}
		return parser.Bad(nil, namespace+" "+name+" is not set, and the default is false")
	}
}

// iamSecretReadActions read data that is secret by nature: allowed on
// every resource, they let a principal read every secret, parameter and
// object of the account, and an instance's Windows password.
var iamSecretReadActions = []string{
	"secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath",
	"s3:GetObject", "ec2:GetPasswordData",
}

// readEverySecretPolicy matches the end of the ARNs of the AWS managed
// policies that allow one of iamSecretReadActions on every resource, and
// readEverySecretGrant names that grant.
var readEverySecretPolicy = regexp.MustCompile(`:iam::aws:policy/(ReadOnlyAccess|AmazonS3ReadOnlyAccess|AmazonSSMReadOnlyAccess)$`)

var readEverySecretGrant = map[string]string{
	"ReadOnlyAccess": "s3:Get*", "AmazonS3ReadOnlyAccess": "s3:Get*", "AmazonSSMReadOnlyAccess": "ssm:Get*",
}

func checkIAMReadEverySecret(p *engine.Pass) {
	iamStarGrants(p, iamSecretReadActions, "which lets a principal read every secret, parameter or object of the account")
	// The same grant made by attaching an AWS managed policy.
	types := []string{"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	for t := range tfPolicyARNAttributes {
		types = append(types, t)
	}
	for _, res := range p.ResourcesOfType(types...) {
		attr, ok := tfPolicyARNAttributes[res.Type]
		if !ok {
			attr = "ManagedPolicyArns"
		}
		for _, a := range attachedPolicies(p, res, attr) {
			if name, ok := managedPolicyARN(a.arn, readEverySecretPolicy); ok {
				grant := readEverySecretGrant[name[strings.LastIndex(name, "/")+1:]]
				p.Report(res, a.at, "%s attaches the AWS managed policy %s, which allows %s on every resource, so a principal holding it reads every secret, parameter or object of the account",
					res.Address, name, grant)
			}
		}
	}
}

// configAggregatorAllRegions is AWS-192's check of AWS Config
// aggregators: a source that does not collect from all Regions (the
// default) leaves the inventory of the other Regions out.
var configAggregatorAllRegions = setting.Check{
	Types: []string{"aws_config_configuration_aggregator", "AWS::Config::ConfigurationAggregator"},
	Judge: setting.Either(aggregatorSource("account_aggregation_source", "AccountAggregationSources"),
		aggregatorSource("organization_aggregation_source", "OrganizationAggregationSource")),
	Problem: "the aggregator collects the inventory of only some Regions",
}

func aggregatorSource(tf, cfn string) setting.Judge {
	// Each source of the list (AccountAggregationSources) counts.
	return onlyIf(setting.Not(setting.MustBeSet(parser.A(tf, cfn))),
		anyItemAt(parser.A(tf+".all_regions", cfn+".AllAwsRegions"),
			func(v *parser.Value, name string) parser.Verdict { return parser.NotTrue(v, name, false) }))
}

// mustInclude judges a list setting that must hold one of want
// (case-insensitively), such as a log type among a cluster's exports.
func mustInclude(a parser.Attr, want ...string) setting.Judge {
	set := setting.MustBeSet(a)
	return func(res *parser.Resource) parser.Verdict {
		if v := set(res); v.Answer != parser.No || !a.Exists(res) {
			return v
		}
		v := a.Of(res)
		elems, unknown := setting.Elems(v)
		for _, e := range elems {
			if e.IsAnyOf(want...) {
				return parser.Decided
			}
		}
		if unknown != nil {
			return parser.Unknowable(unknown, a.Name(res))
		}
		return parser.Bad(v, fmt.Sprintf("%s names none of %s", a.Name(res), strings.Join(want, ", ")))
	}
}

// The fifth coverage pass (cov5_*.go): secrets in environment variables
// and user data, QLDB ledgers open to any IAM permission, policies on
// users, queue policies allowing every action, service invocations without
// a source, Global Accelerator flow logs (AWS-010), Elastic Beanstalk log
// streaming.

// coverage5Rules are the rules of the fifth coverage pass.
func coverage5Rules() []*engine.Rule {
	return []*engine.Rule{
		iamPlainSecrets(),
		iamQLDBAllowAll(),
		iamUserPolicies(),
		{ID: "AWS-212", Check: checkSQSPolicyAllActions},
		iamLambdaServiceWithoutSource(),
		logBeanstalkLogStreaming(),
		{ID: "AWS-215", Check: checkIAMReadEverySecret},
	}
}
