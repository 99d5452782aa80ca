package cloudformation

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// This file reads the AWS Serverless Application Model (the transform
// AWS::Serverless-2016-10-31) the way rules need it: each AWS::Serverless::*
// resource becomes the CloudFormation resources the transform deploys, so
// that a rule about AWS::IAM::Role or AWS::ApiGateway::Stage judges a SAM
// template as it judges the expanded one. Derived resources point at the
// SAM source: the logical id, or the property that produced a value.

// samState collects what the SAM resources of one instance need jointly:
// the events that make the implicit APIs.
type samState struct {
	section  *parser.Value // the Resources section after Fn::ForEach
	restAt   parser.Range  // first Api event without RestApiId
	httpAt   parser.Range  // first HttpApi event without ApiId
	restSeen bool
	httpSeen bool
}

// withGlobals merges the Globals entry for a SAM resource type into its
// properties as written: mappings are merged key by key, lists are
// concatenated (the global items first), and any other value of the
// resource replaces the global one.
func (in *instance) withGlobals(typ string, props *parser.Value) *parser.Value {
	g := in.t.Globals[strings.TrimPrefix(typ, "AWS::Serverless::")]
	if g == nil || g.Kind != parser.Object {
		return props
	}
	if props == nil || props.Kind == parser.Null {
		return g
	}
	return mergeGlobal(g, props)
}

func mergeGlobal(g, l *parser.Value) *parser.Value {
	if l == nil {
		return g
	}
	if g == nil {
		return l
	}
	_, _, gi := intrinsic(g)
	_, _, li := intrinsic(l)
	switch {
	case g.Kind == parser.Object && l.Kind == parser.Object && !gi && !li:
		out := *l
		out.Attrs = make(map[string]*parser.Value, len(l.Attrs)+len(g.Attrs))
		for k, v := range l.Attrs {
			out.Attrs[k] = v
		}
		for k, v := range g.Attrs {
			out.Attrs[k] = mergeGlobal(v, l.Attrs[k])
		}
		return &out
	case g.Kind == parser.List && l.Kind == parser.List:
		out := *l
		out.Elems = append(append([]*parser.Value(nil), g.Elems...), l.Elems...)
		return &out
	}
	return l
}

// samResource returns the resources a SAM resource r deploys; r.Body holds
// its resolved properties.
func (in *instance) samResource(r *parser.Resource) []*parser.Resource {
	switch r.Type {
	case "AWS::Serverless::Function":
		return in.samFunction(r)
	case "AWS::Serverless::Api":
		return in.samRestAPI(r)
	case "AWS::Serverless::HttpApi":
		return in.samHTTPAPI(r)
	case "AWS::Serverless::SimpleTable":
		return []*parser.Resource{samTable(r)}
	case "AWS::Serverless::StateMachine":
		return in.samStateMachine(r)
	case "AWS::Serverless::LayerVersion":
		return []*parser.Resource{samLayer(r)}
	case "AWS::Serverless::Application":
		return []*parser.Resource{samApplication(r)}
	}
	// AWS::Serverless::Connector, GraphApi, ...: left as written.
	return []*parser.Resource{r}
}

// Value builders. Synthesized values stand at a place of the SAM source.

func newObj(at parser.Range) *parser.Value {
	return &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: at}
}

func strAt(s string, at parser.Range) *parser.Value { return parser.StringValue(s, at) }

func listAt(at parser.Range, elems ...*parser.Value) *parser.Value {
	return &parser.Value{Kind: parser.List, Elems: elems, Range: at}
}

// set stores v under k unless v is nil.
func set(o *parser.Value, k string, v *parser.Value) {
	if v != nil {
		o.Attrs[k] = v
	}
}

// copyKeys copies the named properties of src that are present.
func copyKeys(dst, src *parser.Value, keys ...string) {
	for _, k := range keys {
		set(dst, k, src.Get(k))
	}
}

// refTo is what Ref or Fn::GetAtt to a generated resource resolves to.
func refTo(id, attr string, at parser.Range) *parser.Value {
	why := "Ref " + id + " is the resource's id, known only after deployment"
	if attr != "" {
		why = "attribute " + attr + " of " + id + " is known only after deployment"
	}
	return (&parser.Value{Kind: parser.Unknown, Range: at}).SetExtra(parser.Extra{Why: why, Refs: []string{id}})
}

// derived returns a resource the SAM resource r deploys.
func derived(r *parser.Resource, typ, id string, body *parser.Value) *parser.Resource {
	d := *r
	d.Type, d.Name, d.Address, d.Body = typ, id, id, body
	if id != r.Name {
		d.DependsOn = nil
		d.Generated = r.Name
	}
	return &d
}

// alnum keeps the ASCII letters and digits of s, as SAM does for the
// logical ids it derives from names.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tagList turns a SAM tag map into the list of {Key, Value} most resource
// types take.
func tagList(v *parser.Value) *parser.Value {
	if v == nil || v.Kind != parser.Object {
		return v
	}
	if _, _, ok := intrinsic(v); ok {
		return v
	}
	out := &parser.Value{Kind: parser.List, Range: v.Range, KeyRange: v.KeyRange}
	for _, k := range sourceOrder(v.Attrs) {
		t := newObj(v.Attrs[k].KeyRange)
		t.Attrs["Key"] = strAt(k, v.Attrs[k].KeyRange)
		t.Attrs["Value"] = v.Attrs[k]
		out.Elems = append(out.Elems, t)
	}
	return out
}

// partition is the partition ARNs are built in: the one given (or derived
// from a given region), else aws. AWS managed policies have the same name
// in every partition, which is what rules look at.
func (in *instance) partition() string {
	if pv, ok := in.opts.Parameters["AWS::Partition"]; ok && pv.Value != nil {
		if s, ok := scalarString(pv.Value); ok {
			return s
		}
	}
	if pv, ok := in.opts.Parameters["AWS::Region"]; ok && pv.Value != nil {
		if s, ok := scalarString(pv.Value); ok {
			return partitionOf(s)
		}
	}
	return "aws"
}

// pseudoString returns a given pseudo parameter's text.
func (in *instance) pseudoString(name string) (string, bool) {
	if name == "AWS::Partition" {
		return in.partition(), true
	}
	if pv, ok := in.opts.Parameters[name]; ok && pv.Value != nil {
		return scalarString(pv.Value)
	}
	return "", false
}

func (in *instance) managedARN(name string, at *parser.Value) *parser.Value {
	v := strAt("arn:"+in.partition()+":iam::aws:policy/"+name, at.Range)
	v.KeyRange = at.KeyRange
	v.SetVia(at.Via())
	return v
}

// samFunction: AWS::Lambda::Function, its execution role unless Role is
// given, a function URL, and the API methods and routes of its events.
func (in *instance) samFunction(r *parser.Resource) []*parser.Resource {
	b := r.Body
	body := newObj(b.Range)
	copyKeys(body, b, "Architectures", "CodeSigningConfigArn", "Description", "Environment", "EphemeralStorage",
		"FileSystemConfigs", "FunctionName", "Handler", "ImageConfig", "KmsKeyArn", "Layers", "LoggingConfig",
		"MemorySize", "PackageType", "RecursiveLoop", "ReservedConcurrentExecutions", "Runtime",
		"RuntimeManagementConfig", "SnapStart", "Timeout", "VpcConfig")
	if d := b.Get("DeadLetterQueue"); d != nil {
		dl := newObj(d.Range)
		dl.KeyRange = d.KeyRange
		set(dl, "TargetArn", d.Get("TargetArn"))
		body.Attrs["DeadLetterConfig"] = dl
	}
	if t := b.Get("Tracing"); t != nil {
		tc := newObj(t.Range)
		tc.KeyRange = t.KeyRange
		tc.Attrs["Mode"] = t
		body.Attrs["TracingConfig"] = tc
	}
	code := newObj(r.Range)
	switch {
	case b.Get("InlineCode") != nil:
		code.Attrs["ZipFile"] = b.Get("InlineCode")
	case b.Get("ImageUri") != nil:
		code.Attrs["ImageUri"] = b.Get("ImageUri")
	case b.Get("CodeUri") != nil:
		c := b.Get("CodeUri")
		code.Range = c.Range
		if c.Kind == parser.Object {
			set(code, "S3Bucket", c.Get("Bucket"))
			set(code, "S3Key", c.Get("Key"))
			set(code, "S3ObjectVersion", c.Get("Version"))
		} else if s, ok := scalarString(c); ok && strings.HasPrefix(s, "s3://") {
			bucket, key, _ := strings.Cut(strings.TrimPrefix(s, "s3://"), "/")
			code.Attrs["S3Bucket"] = strAt(bucket, c.Range)
			code.Attrs["S3Key"] = strAt(key, c.Range)
		} else {
			code.Attrs["S3Key"] = unknown(c, "the code is uploaded by sam package or sam deploy")
		}
	}
	body.Attrs["Code"] = code
	if tags := tagList(b.Get("Tags")); tags != nil {
		body.Attrs["Tags"] = tags
	}
	out := []*parser.Resource{derived(r, "AWS::Lambda::Function", r.Name, body)}
	if role := b.Get("Role"); role != nil {
		body.Attrs["Role"] = role
	} else {
		roleID := r.Name + "Role"
		body.Attrs["Role"] = refTo(roleID, "Arn", r.Range)
		managed := []string{"service-role/AWSLambdaBasicExecutionRole"}
		if m, ok := scalarString(b.Get("Tracing")); ok && m == "Active" {
			managed = append(managed, "AWSXrayWriteOnlyAccess")
		}
		if b.Get("VpcConfig") != nil {
			managed = append(managed, "service-role/AWSLambdaVPCAccessExecutionRole")
		}
		out = append(out, in.samRole(r, roleID, "lambda.amazonaws.com", managed))
	}
	if u := b.Get("FunctionUrlConfig"); u != nil && u.Kind == parser.Object {
		ub := newObj(u.Range)
		ub.KeyRange = u.KeyRange
		ub.Attrs["TargetFunctionArn"] = refTo(r.Name, "", u.Range)
		copyKeys(ub, u, "AuthType", "Cors", "InvokeMode")
		out = append(out, derived(r, "AWS::Lambda::Url", r.Name+"Url", ub))
	}
	evs := b.Get("Events")
	if evs == nil || evs.Kind != parser.Object {
		return out
	}
	for _, name := range sourceOrder(evs.Attrs) {
		ev := evs.Attrs[name]
		typ, _ := scalarString(ev.Get("Type"))
		props := ev.Get("Properties")
		at := ev.KeyRange
		if at.IsZero() {
			at = ev.Range
		}
		switch typ {
		case "Api":
			apiID := "ServerlessRestApi"
			if id := props.Get("RestApiId"); id != nil {
				if len(id.Refs()) == 0 {
					continue // an API of another stack
				}
				apiID = id.Refs()[0]
			} else if !in.sam.restSeen {
				in.sam.restSeen, in.sam.restAt = true, at
			}
			out = append(out, in.samMethod(r, name, apiID, props, at))
		case "HttpApi":
			apiID := "ServerlessHttpApi"
			if id := props.Get("ApiId"); id != nil {
				if len(id.Refs()) == 0 {
					continue
				}
				apiID = id.Refs()[0]
			} else if !in.sam.httpSeen {
				in.sam.httpSeen, in.sam.httpAt = true, at
			}
			out = append(out, in.samRoute(r, name, apiID, props, at))
		}
	}
	return out
}

// samRole is the execution role SAM creates for a function or state
// machine: the service's trust policy, the base managed policies, and the
// Policies property expanded (managed policy names and ARNs, inline
// statements, policy templates).
func (in *instance) samRole(r *parser.Resource, id, service string, base []string) *parser.Resource {
	b := r.Body
	at := r.Range
	body := newObj(at)
	trust := newObj(at)
	trust.Attrs["Version"] = strAt("2012-10-17", at)
	st := newObj(at)
	st.Attrs["Effect"] = strAt("Allow", at)
	st.Attrs["Action"] = listAt(at, strAt("sts:AssumeRole", at))
	pr := newObj(at)
	pr.Attrs["Service"] = listAt(at, strAt(service, at))
	st.Attrs["Principal"] = pr
	trust.Attrs["Statement"] = listAt(at, st)
	body.Attrs["AssumeRolePolicyDocument"] = trust
	arns := listAt(at)
	for _, m := range base {
		arns.Elems = append(arns.Elems, strAt("arn:"+in.partition()+":iam::aws:policy/"+m, at))
	}
	inline := listAt(at)
	pols := b.Get("Policies")
	var items []*parser.Value
	if pols != nil {
		arns.Range, arns.KeyRange = pols.Range, pols.KeyRange
		inline.Range, inline.KeyRange = pols.Range, pols.KeyRange
		if pols.Kind == parser.List {
			items = pols.Elems
		} else {
			items = []*parser.Value{pols}
		}
	}
	addInline := func(doc *parser.Value) {
		p := newObj(doc.Range)
		p.Attrs["PolicyName"] = strAt(fmt.Sprintf("%sPolicy%d", id, len(inline.Elems)), doc.Range)
		p.Attrs["PolicyDocument"] = doc
		inline.Elems = append(inline.Elems, p)
	}
	for _, p := range items {
		switch p.Kind {
		case parser.String:
			if strings.HasPrefix(p.Str, "arn:") {
				arns.Elems = append(arns.Elems, p)
			} else {
				arns.Elems = append(arns.Elems, in.managedARN(p.Str, p))
			}
		case parser.Object:
			if p.Get("Statement") != nil {
				addInline(p)
				continue
			}
			if len(p.Attrs) != 1 {
				in.note(p.Range, "SAM policy not read", "a Policies item must be a managed policy, a policy document with Statement, or one policy template")
				continue
			}
			for name, args := range p.Attrs {
				if doc := in.samPolicyTemplate(name, args); doc != nil {
					addInline(doc)
				} else {
					in.note(args.KeyRange, "SAM policy template not expanded", "the policy template "+name+" is not known to soc2lint; the permissions it grants are not checked")
				}
			}
		case parser.Unknown:
			// A Ref to a managed policy, or a value decided at deployment.
			arns.Elems = append(arns.Elems, p)
		}
	}
	body.Attrs["ManagedPolicyArns"] = arns
	if len(inline.Elems) > 0 {
		body.Attrs["Policies"] = inline
	}
	set(body, "PermissionsBoundary", b.Get("PermissionsBoundary"))
	set(body, "Path", b.Get("RolePath"))
	if tags := tagList(b.Get("Tags")); tags != nil {
		body.Attrs["Tags"] = tags
	}
	return derived(r, "AWS::IAM::Role", id, body)
}

// samPolicyStatement is one statement of a SAM policy template. Resources
// hold ${Argument} and ${AWS::...} placeholders.
type samPolicyStatement struct {
	actions   []string
	resources []string
}

// samPolicyTemplates are the common SAM policy templates, each with the
// arguments it takes and the statements it grants.
var samPolicyTemplates = map[string]struct {
	args       []string
	statements []samPolicyStatement
}{
	"S3ReadPolicy": {[]string{"BucketName"}, []samPolicyStatement{{
		[]string{"s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"},
		[]string{"arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"}}}},
	"S3WritePolicy": {[]string{"BucketName"}, []samPolicyStatement{{
		[]string{"s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"},
		[]string{"arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"}}}},
	"S3CrudPolicy": {[]string{"BucketName"}, []samPolicyStatement{{
		[]string{"s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject",
			"s3:PutObjectAcl", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"},
		[]string{"arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"}}}},
	"S3FullAccessPolicy": {[]string{"BucketName"}, []samPolicyStatement{
		{[]string{"s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject",
			"s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging", "s3:GetObjectVersionTagging",
			"s3:PutObjectTagging", "s3:PutObjectVersionTagging"},
			[]string{"arn:${AWS::Partition}:s3:::${BucketName}/*"}},
		{[]string{"s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"},
			[]string{"arn:${AWS::Partition}:s3:::${BucketName}"}}}},
	"DynamoDBReadPolicy": {[]string{"TableName"}, []samPolicyStatement{{
		[]string{"dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"},
		[]string{"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
			"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"}}}},
	"DynamoDBWritePolicy": {[]string{"TableName"}, []samPolicyStatement{{
		[]string{"dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"},
		[]string{"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
			"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"}}}},
	"DynamoDBCrudPolicy": {[]string{"TableName"}, []samPolicyStatement{{
		[]string{"dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query",
			"dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"},
		[]string{"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
			"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"}}}},
	"SQSPollerPolicy": {[]string{"QueueName"}, []samPolicyStatement{{
		[]string{"sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch",
			"sqs:GetQueueAttributes", "sqs:ReceiveMessage"},
		[]string{"arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"}}}},
	"SQSSendMessagePolicy": {[]string{"QueueName"}, []samPolicyStatement{{
		[]string{"sqs:SendMessage*"},
		[]string{"arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"}}}},
	"SNSPublishMessagePolicy": {[]string{"TopicName"}, []samPolicyStatement{{
		[]string{"sns:Publish"},
		[]string{"arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}"}}}},
	"LambdaInvokePolicy": {[]string{"FunctionName"}, []samPolicyStatement{{
		[]string{"lambda:InvokeFunction"},
		[]string{"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}*"}}}},
	"KMSDecryptPolicy": {[]string{"KeyId"}, []samPolicyStatement{{
		[]string{"kms:Decrypt"},
		[]string{"arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"}}}},
	"SSMParameterReadPolicy": {[]string{"ParameterName"}, []samPolicyStatement{
		{[]string{"ssm:DescribeParameters"}, []string{"*"}},
		{[]string{"ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"},
			[]string{"arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${ParameterName}"}}}},
	"AWSSecretsManagerGetSecretValuePolicy": {[]string{"SecretArn"}, []samPolicyStatement{{
		[]string{"secretsmanager:GetSecretValue"}, []string{"${SecretArn}"}}}},
	"StepFunctionsExecutionPolicy": {[]string{"StateMachineName"}, []samPolicyStatement{{
		[]string{"states:StartExecution"},
		[]string{"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"}}}},
	"EventBridgePutEventsPolicy": {[]string{"EventBusName"}, []samPolicyStatement{{
		[]string{"events:PutEvents"},
		[]string{"arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${EventBusName}"}}}},
	"CloudWatchPutMetricPolicy": {nil, []samPolicyStatement{{[]string{"cloudwatch:PutMetricData"}, []string{"*"}}}},
	"VPCAccessPolicy": {nil, []samPolicyStatement{{
		[]string{"ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"},
		[]string{"*"}}}},
	"AMIDescribePolicy": {nil, []samPolicyStatement{{[]string{"ec2:DescribeImages"}, []string{"*"}}}},
}

// samPolicyTemplate expands the policy template name with arguments args
// into a policy document, or returns nil for a template it does not know.
// Every synthesized value stands at the template's name.
func (in *instance) samPolicyTemplate(name string, args *parser.Value) *parser.Value {
	tpl, ok := samPolicyTemplates[name]
	if !ok {
		return nil
	}
	at := args.KeyRange
	if at.IsZero() {
		at = args.Range
	}
	doc := newObj(at)
	doc.KeyRange = args.KeyRange
	doc.Attrs["Version"] = strAt("2012-10-17", at)
	sts := listAt(at)
	for _, s := range tpl.statements {
		st := newObj(at)
		st.Attrs["Effect"] = strAt("Allow", at)
		acts := listAt(at)
		for _, a := range s.actions {
			acts.Elems = append(acts.Elems, strAt(a, at))
		}
		st.Attrs["Action"] = acts
		res := listAt(at)
		for _, pattern := range s.resources {
			res.Elems = append(res.Elems, in.samARN(pattern, args, at))
		}
		st.Attrs["Resource"] = res
		sts.Elems = append(sts.Elems, st)
	}
	doc.Attrs["Statement"] = sts
	return doc
}

// samARN fills the placeholders of a policy template resource. A
// placeholder not known statically makes the resource Unknown.
func (in *instance) samARN(pattern string, args *parser.Value, at parser.Range) *parser.Value {
	var b strings.Builder
	var via []parser.Step
	for _, p := range parseSub(pattern) {
		if !p.isVar {
			b.WriteString(p.lit)
			continue
		}
		if strings.HasPrefix(p.name, "AWS::") {
			s, ok := in.pseudoString(p.name)
			if !ok {
				return (&parser.Value{Kind: parser.Unknown, Range: at}).SetExtra(parser.Extra{Why: "pseudo parameter " + p.name + " is known only when the stack is deployed"})
			}
			b.WriteString(s)
			continue
		}
		a := args.Get(p.name)
		s, ok := scalarString(a)
		if !ok {
			why := "policy template argument " + p.name + " is not known statically"
			var refs []string
			if a != nil {
				refs = collectRefs(a, nil)
				if a.Why() != "" {
					why += ": " + a.Why()
				}
			}
			return (&parser.Value{Kind: parser.Unknown, Range: at}).SetExtra(parser.Extra{Why: why, Refs: refs})
		}
		b.WriteString(s)
		via = addSteps(via, a.Via()...)
	}
	v := strAt(b.String(), at)
	v.SetVia(via)
	return v
}

// samMethod is the REST API method an Api event creates, with the
// authorization the event or the API's Auth gives it.
func (in *instance) samMethod(r *parser.Resource, event, apiID string, props *parser.Value, at parser.Range) *parser.Resource {
	body := newObj(at)
	body.Attrs["RestApiId"] = refTo(apiID, "", at)
	body.Attrs["ResourceId"] = (&parser.Value{Kind: parser.Unknown, Range: at}).SetExtra(parser.Extra{Why: "the API resource of the path is created by the SAM transform"})
	if m := props.Get("Method"); m != nil {
		if s, ok := scalarString(m); ok {
			mv := strAt(strings.ToUpper(s), m.Range)
			mv.KeyRange = m.KeyRange
			body.Attrs["HttpMethod"] = mv
		} else {
			body.Attrs["HttpMethod"] = m
		}
	}
	apiAuth := in.samAPIAuth(apiID, "AWS::Serverless::Api")
	evAuth := props.Get("Auth")
	name := evAuth.Get("Authorizer")
	if name == nil {
		name = apiAuth.Get("DefaultAuthorizer")
	}
	body.Attrs["AuthorizationType"] = samAuthorizationType(name, apiAuth, at, "UserPoolArn", "COGNITO_USER_POOLS")
	if k := evAuth.Get("ApiKeyRequired"); k != nil {
		body.Attrs["ApiKeyRequired"] = k
	} else if k := apiAuth.Get("ApiKeyRequired"); k != nil {
		body.Attrs["ApiKeyRequired"] = k
	}
	integ := newObj(at)
	integ.Attrs["Type"] = strAt("AWS_PROXY", at)
	integ.Attrs["IntegrationHttpMethod"] = strAt("POST", at)
	integ.Attrs["Uri"] = refTo(r.Name, "Arn", at)
	body.Attrs["Integration"] = integ
	d := derived(r, "AWS::ApiGateway::Method", r.Name+alnum(event)+"Method", body)
	d.Range = at
	return d
}

// samRoute is the HTTP API route an HttpApi event creates.
func (in *instance) samRoute(r *parser.Resource, event, apiID string, props *parser.Value, at parser.Range) *parser.Resource {
	body := newObj(at)
	body.Attrs["ApiId"] = refTo(apiID, "", at)
	method, ok1 := scalarString(props.Get("Method"))
	path, ok2 := scalarString(props.Get("Path"))
	switch {
	case ok1 && ok2:
		if strings.EqualFold(method, "any") {
			method = "ANY"
		}
		body.Attrs["RouteKey"] = strAt(strings.ToUpper(method)+" "+path, at)
	case props.Get("Method") == nil && props.Get("Path") == nil:
		body.Attrs["RouteKey"] = strAt("$default", at)
	default:
		body.Attrs["RouteKey"] = (&parser.Value{Kind: parser.Unknown, Range: at}).SetExtra(parser.Extra{Why: "the route's method or path is not known statically"})
	}
	apiAuth := in.samAPIAuth(apiID, "AWS::Serverless::HttpApi")
	name := props.Path("Auth", "Authorizer")
	if name == nil {
		name = apiAuth.Get("DefaultAuthorizer")
	}
	body.Attrs["AuthorizationType"] = samAuthorizationType(name, apiAuth, at, "JwtConfiguration", "JWT")
	body.Attrs["Target"] = refTo(r.Name, "Arn", at)
	d := derived(r, "AWS::ApiGatewayV2::Route", r.Name+alnum(event)+"Route", body)
	d.Range = at
	return d
}

// samAPIAuth returns the resolved Auth of the SAM API apiID (Globals
// included), or the global Auth of an implicit API.
func (in *instance) samAPIAuth(apiID, typ string) *parser.Value {
	var props *parser.Value
	if raw := in.sam.section.Get(apiID); raw != nil {
		if t, _ := scalarString(raw.Get("Type")); t != typ {
			return nil
		}
		props = raw.Get("Properties")
	}
	props = in.withGlobals(typ, props)
	auth := props.Get("Auth")
	if auth == nil {
		return nil
	}
	var discard parser.Diagnostics
	return newEvaluator(in, &discard).eval(auth)
}

// samRestAPI: AWS::ApiGateway::RestApi, its stage (access logging, method
// settings, tracing) and its custom domain (TLS security policy).
func (in *instance) samRestAPI(r *parser.Resource) []*parser.Resource {
	b := r.Body
	api := newObj(b.Range)
	copyKeys(api, b, "Name", "Description", "BinaryMediaTypes", "MinimumCompressionSize", "ApiKeySourceType",
		"DisableExecuteApiEndpoint", "Mode", "FailOnWarnings")
	set(api, "Body", b.Get("DefinitionBody"))
	if u := b.Get("DefinitionUri"); u != nil && u.Kind == parser.Object {
		loc := newObj(u.Range)
		loc.KeyRange = u.KeyRange
		copyKeys(loc, u, "Bucket", "Key", "Version")
		api.Attrs["BodyS3Location"] = loc
	}
	if ec := b.Get("EndpointConfiguration"); ec != nil {
		api.Attrs["EndpointConfiguration"] = endpointConfiguration(ec)
	}
	if tags := tagList(b.Get("Tags")); tags != nil {
		api.Attrs["Tags"] = tags
	}
	out := []*parser.Resource{derived(r, "AWS::ApiGateway::RestApi", r.Name, api)}

	stage := newObj(b.Range)
	stage.Attrs["RestApiId"] = refTo(r.Name, "", r.Range)
	stage.Attrs["DeploymentId"] = refTo(r.Name+"Deployment", "", r.Range)
	copyKeys(stage, b, "StageName", "AccessLogSetting", "MethodSettings", "TracingEnabled", "CacheClusterEnabled",
		"CacheClusterSize", "Variables", "CanarySetting")
	if tags := tagList(b.Get("Tags")); tags != nil {
		stage.Attrs["Tags"] = tags
	}
	stageID := r.Name + "Stage"
	if s, ok := scalarString(b.Get("StageName")); ok {
		stageID = r.Name + alnum(s) + "Stage"
	}
	out = append(out, derived(r, "AWS::ApiGateway::Stage", stageID, stage))

	if d := b.Get("Domain"); d != nil && d.Kind == parser.Object {
		dn := newObj(d.Range)
		dn.KeyRange = d.KeyRange
		copyKeys(dn, d, "DomainName", "SecurityPolicy", "MutualTlsAuthentication", "OwnershipVerificationCertificateArn")
		ep := d.Get("EndpointConfiguration")
		if ep == nil {
			ep = strAt("REGIONAL", d.Range)
		}
		dn.Attrs["EndpointConfiguration"] = endpointConfiguration(ep)
		if s, _ := scalarString(ep); s == "EDGE" {
			set(dn, "CertificateArn", d.Get("CertificateArn"))
		} else {
			set(dn, "RegionalCertificateArn", d.Get("CertificateArn"))
		}
		out = append(out, derived(r, "AWS::ApiGateway::DomainName", r.Name+"DomainName", dn))
	}
	return out
}

// endpointConfiguration turns SAM's EndpointConfiguration (a type, or
// {Type, VPCEndpointIds}) into the RestApi's {Types, VpcEndpointIds}.
func endpointConfiguration(ec *parser.Value) *parser.Value {
	out := newObj(ec.Range)
	out.KeyRange = ec.KeyRange
	if ec.Kind == parser.Object {
		if t := ec.Get("Type"); t != nil {
			out.Attrs["Types"] = listAt(t.Range, t)
		}
		set(out, "VpcEndpointIds", ec.Get("VPCEndpointIds"))
		return out
	}
	out.Attrs["Types"] = listAt(ec.Range, ec)
	return out
}

// samHTTPAPI: AWS::ApiGatewayV2::Api, its stage and its custom domain.
func (in *instance) samHTTPAPI(r *parser.Resource) []*parser.Resource {
	b := r.Body
	api := newObj(b.Range)
	copyKeys(api, b, "Name", "Description", "DisableExecuteApiEndpoint", "FailOnWarnings", "Tags")
	api.Attrs["ProtocolType"] = strAt("HTTP", r.Range)
	if c := b.Get("CorsConfiguration"); c != nil && c.Kind == parser.Object {
		api.Attrs["CorsConfiguration"] = c
	}
	set(api, "Body", b.Get("DefinitionBody"))
	if u := b.Get("DefinitionUri"); u != nil && u.Kind == parser.Object {
		loc := newObj(u.Range)
		loc.KeyRange = u.KeyRange
		copyKeys(loc, u, "Bucket", "Key", "Version")
		api.Attrs["BodyS3Location"] = loc
	}
	out := []*parser.Resource{derived(r, "AWS::ApiGatewayV2::Api", r.Name, api)}

	stage := newObj(b.Range)
	stage.Attrs["ApiId"] = refTo(r.Name, "", r.Range)
	stage.Attrs["AutoDeploy"] = parser.BoolValue(true, r.Range)
	copyKeys(stage, b, "AccessLogSettings", "DefaultRouteSettings", "RouteSettings", "StageVariables", "Tags")
	stageID := r.Name + "ApiGatewayDefaultStage"
	if sn := b.Get("StageName"); sn != nil {
		stage.Attrs["StageName"] = sn
		if s, ok := scalarString(sn); ok && s != "$default" {
			stageID = r.Name + alnum(s) + "Stage"
		}
	} else {
		stage.Attrs["StageName"] = strAt("$default", r.Range)
	}
	out = append(out, derived(r, "AWS::ApiGatewayV2::Stage", stageID, stage))

	if d := b.Get("Domain"); d != nil && d.Kind == parser.Object {
		dn := newObj(d.Range)
		dn.KeyRange = d.KeyRange
		copyKeys(dn, d, "DomainName", "MutualTlsAuthentication", "Tags")
		conf := newObj(d.Range)
		copyKeys(conf, d, "CertificateArn", "SecurityPolicy", "OwnershipVerificationCertificateArn")
		ep := d.Get("EndpointConfiguration")
		if ep == nil {
			ep = strAt("REGIONAL", d.Range)
		}
		conf.Attrs["EndpointType"] = ep
		dn.Attrs["DomainNameConfigurations"] = listAt(d.Range, conf)
		out = append(out, derived(r, "AWS::ApiGatewayV2::DomainName", r.Name+"DomainName", dn))
	}
	return out
}

// samTable: AWS::DynamoDB::Table with the primary key, billing mode and
// server-side encryption of the SimpleTable.
func samTable(r *parser.Resource) *parser.Resource {
	b := r.Body
	body := newObj(b.Range)
	copyKeys(body, b, "TableName", "SSESpecification", "ProvisionedThroughput")
	if b.Get("ProvisionedThroughput") == nil {
		body.Attrs["BillingMode"] = strAt("PAY_PER_REQUEST", r.Range)
	}
	pk := b.Get("PrimaryKey")
	at := r.Range
	name, typ := strAt("id", at), strAt("S", at)
	if pk != nil {
		at = pk.Range
		if n := pk.Get("Name"); n != nil {
			name = n
		}
		if t := pk.Get("Type"); t != nil {
			typ = t
			if s, ok := scalarString(t); ok {
				short := map[string]string{"String": "S", "Number": "N", "Binary": "B"}[s]
				if short != "" {
					typ = strAt(short, t.Range)
				}
			}
		}
	}
	ks := newObj(at)
	ks.Attrs["AttributeName"] = name
	ks.Attrs["KeyType"] = strAt("HASH", at)
	body.Attrs["KeySchema"] = listAt(at, ks)
	ad := newObj(at)
	ad.Attrs["AttributeName"] = name
	ad.Attrs["AttributeType"] = typ
	body.Attrs["AttributeDefinitions"] = listAt(at, ad)
	if tags := tagList(b.Get("Tags")); tags != nil {
		body.Attrs["Tags"] = tags
	}
	return derived(r, "AWS::DynamoDB::Table", r.Name, body)
}

// samStateMachine: AWS::StepFunctions::StateMachine and its role.
func (in *instance) samStateMachine(r *parser.Resource) []*parser.Resource {
	b := r.Body
	body := newObj(b.Range)
	set(body, "StateMachineName", b.Get("Name"))
	set(body, "Definition", b.Get("Definition"))
	set(body, "DefinitionSubstitutions", b.Get("DefinitionSubstitutions"))
	if u := b.Get("DefinitionUri"); u != nil && u.Kind == parser.Object {
		loc := newObj(u.Range)
		loc.KeyRange = u.KeyRange
		copyKeys(loc, u, "Bucket", "Key", "Version")
		body.Attrs["DefinitionS3Location"] = loc
	}
	set(body, "LoggingConfiguration", b.Get("Logging"))
	set(body, "TracingConfiguration", b.Get("Tracing"))
	set(body, "StateMachineType", b.Get("Type"))
	if tags := tagList(b.Get("Tags")); tags != nil {
		body.Attrs["Tags"] = tags
	}
	out := []*parser.Resource{derived(r, "AWS::StepFunctions::StateMachine", r.Name, body)}
	if role := b.Get("Role"); role != nil {
		body.Attrs["RoleArn"] = role
	} else {
		roleID := r.Name + "Role"
		body.Attrs["RoleArn"] = refTo(roleID, "Arn", r.Range)
		out = append(out, in.samRole(r, roleID, "states.amazonaws.com", nil))
	}
	return out
}

// samLayer: AWS::Lambda::LayerVersion.
func samLayer(r *parser.Resource) *parser.Resource {
	b := r.Body
	body := newObj(b.Range)
	copyKeys(body, b, "LayerName", "Description", "CompatibleRuntimes", "CompatibleArchitectures", "LicenseInfo")
	if c := b.Get("ContentUri"); c != nil {
		content := newObj(c.Range)
		content.KeyRange = c.KeyRange
		if c.Kind == parser.Object {
			set(content, "S3Bucket", c.Get("Bucket"))
			set(content, "S3Key", c.Get("Key"))
			set(content, "S3ObjectVersion", c.Get("Version"))
		} else {
			content.Attrs["S3Key"] = unknown(c, "the content is uploaded by sam package or sam deploy")
		}
		body.Attrs["Content"] = content
	}
	return derived(r, "AWS::Lambda::LayerVersion", r.Name, body)
}

// samApplication: a nested stack. A local Location is the nested
// template's path; an application of the Serverless Application
// Repository is not known statically.
func samApplication(r *parser.Resource) *parser.Resource {
	b := r.Body
	body := newObj(b.Range)
	copyKeys(body, b, "Parameters", "NotificationARNs", "TimeoutInMinutes")
	if tags := tagList(b.Get("Tags")); tags != nil {
		body.Attrs["Tags"] = tags
	}
	if loc := b.Get("Location"); loc != nil {
		if loc.Kind == parser.Object {
			body.Attrs["TemplateURL"] = unknown(loc, "the application comes from the AWS Serverless Application Repository")
		} else {
			body.Attrs["TemplateURL"] = loc
		}
	}
	return derived(r, "AWS::CloudFormation::Stack", r.Name, body)
}

// samFinish adds the implicit APIs that Api and HttpApi events without an
// API of their own create, configured by Globals.
func (in *instance) samFinish() {
	implicit := func(typ, id string, at parser.Range, build func(*parser.Resource) []*parser.Resource) {
		var discard parser.Diagnostics
		props := in.withGlobals(typ, nil)
		body := newObj(at)
		if props != nil {
			if b := newEvaluator(in, &discard).eval(props); b != nil && b.Kind == parser.Object {
				body = b
			}
		}
		if typ == "AWS::Serverless::Api" {
			if _, ok := body.Attrs["StageName"]; !ok {
				// body may be the Globals entry as written (evaluation
				// shares what it does not change): add to a copy.
				c := *body
				c.Attrs = make(map[string]*parser.Value, len(body.Attrs)+1)
				for k, a := range body.Attrs {
					c.Attrs[k] = a
				}
				c.Attrs["StageName"] = strAt("Prod", at)
				body = &c
			}
		}
		r := &parser.Resource{Format: parser.CloudFormation, Type: typ, Name: id, Address: id, Module: in.t.Path, Range: at, Body: body, Generated: "implicit API"}
		in.resources = append(in.resources, build(r)...)
	}
	if in.sam.restSeen && !in.names["ServerlessRestApi"] {
		implicit("AWS::Serverless::Api", "ServerlessRestApi", in.sam.restAt, in.samRestAPI)
	}
	if in.sam.httpSeen && !in.names["ServerlessHttpApi"] {
		implicit("AWS::Serverless::HttpApi", "ServerlessHttpApi", in.sam.httpAt, in.samHTTPAPI)
	}
}

// samAuthorizationType is the authorization type an event's authorizer
// name gives its method or route: NONE and AWS_IAM as written, tokenType
// for an authorizer of the API defined with tokenKey (a Cognito user pool
// or a JWT issuer), CUSTOM for any other (a Lambda authorizer).
func samAuthorizationType(name, apiAuth *parser.Value, at parser.Range, tokenKey, tokenType string) *parser.Value {
	if name == nil {
		return strAt("NONE", at)
	}
	s, ok := scalarString(name)
	switch {
	case !ok:
		return unknown(name, "the authorizer is not known statically")
	case s == "NONE" || s == "AWS_IAM":
		return strAt(s, name.Range)
	case apiAuth.Path("Authorizers", s, tokenKey) != nil:
		return strAt(tokenType, name.Range)
	}
	return strAt("CUSTOM", name.Range)
}
