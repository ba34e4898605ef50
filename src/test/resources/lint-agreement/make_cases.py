# Writes cases.json: policies with the Access Analyzer issue codes its check reference documents for them.
# Run: python3 make_cases.py (AccessAnalyzerAgreementTest reads the JSON).
import json
V="2012-10-17"
cases=[]
def pol(*statements, version=V, **extra):
    d={}
    if version: d["Version"]=version
    d.update(extra)
    d["Statement"]=list(statements)
    return d
def st(effect="Allow", action=None, resource="*", **kw):
    s={"Effect":effect}
    if action is not None: s["Action"]=action
    if resource is not None: s["Resource"]=resource
    s.update(kw); return s
def add(name, source, policy, expect, kind=None, rtype=None, text=None):
    c={"name":name,"source":source,"expect":sorted(expect)}
    if kind: c["kind"]=kind
    if rtype: c["resourceType"]=rtype
    if text is not None: c["text"]=text
    else: c["policy"]=policy
    cases.append(c)
REF="Access Analyzer policy check reference"
REAL="realistic policy"
B="arn:aws:s3:::example-reports"
O=B+"/*"
Q="arn:aws:sqs:us-east-1:111122223333:orders"
ACCT="arn:aws:iam::111122223333:root"
def cond(**c): return c
# ---- clean, realistic
add("clean s3 read", REAL, pol(st(action=["s3:GetObject","s3:ListBucket"], resource=[B,O])), [])
add("home folders with a variable", "IAM User Guide: variables", pol(st(action="s3:ListBucket", resource=B, Condition={"StringLike":{"s3:prefix":["home/${aws:username}/*"]}}), st(action=["s3:GetObject","s3:PutObject"], resource=B+"/home/${aws:username}/*")), [])
add("EC2 ABAC on tags", "IAM User Guide: ABAC", pol(st(action=["ec2:StartInstances","ec2:StopInstances"], resource="arn:aws:ec2:*:*:instance/*", Condition={"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}})), [])
add("deny without MFA", "IAM User Guide: MFA example", pol(st(effect="Deny", action=None, resource="*", NotAction=["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:GetUser","iam:ListMFADevices","iam:ListVirtualMFADevices","iam:ResyncMFADevice","sts:GetSessionToken"], Condition={"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}})), [])
add("region-restricting SCP", "Organizations SCP examples", pol(st(effect="Deny", action=None, NotAction=["iam:*","organizations:*","sts:*","support:*"], Condition={"StringNotEquals":{"aws:RequestedRegion":["eu-west-1","eu-central-1"]}})), [], kind="scp")
add("bucket policy denying insecure transport", "S3 User Guide", pol(st(effect="Deny", action="s3:*", resource=[B,O], Principal="*", Condition={"Bool":{"aws:SecureTransport":"false"}})), [])
add("cross-account bucket read", REAL, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":"arn:aws:iam::444455556666:root"})), [])
add("CloudTrail bucket policy", "CloudTrail User Guide", pol(st(action="s3:PutObject", resource=B+"/AWSLogs/111122223333/*", Principal={"Service":"cloudtrail.amazonaws.com"}, Condition={"StringEquals":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111122223333:trail/main","s3:x-amz-acl":"bucket-owner-full-control"}})), [])
add("default KMS key policy", "KMS Developer Guide", pol(st(action="kms:*", resource="*", Sid="Enable IAM User Permissions", Principal={"AWS":ACCT}), Id="key-default-1"), [])
add("EC2 service role trust", "IAM User Guide", pol(st(action="sts:AssumeRole", resource=None, Principal={"Service":"ec2.amazonaws.com"})), [])
add("GitHub OIDC trust done right", "GitHub docs / IAM User Guide", pol(st(action="sts:AssumeRoleWithWebIdentity", resource=None, Principal={"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, Condition={"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":"repo:octo-org/app:ref:refs/heads/main"}})), [])
add("PowerUserAccess NotAction shape", "AWS managed policy PowerUserAccess", pol(st(action=None, NotAction=["iam:*","organizations:*","account:*"])), [])
add("SQS queue policy from SNS", "SNS Developer Guide", pol(st(action="sqs:SendMessage", resource=Q, Principal={"Service":"sns.amazonaws.com"}, Condition={"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:111122223333:events"}})), [])
add("DynamoDB leading keys", "DynamoDB Developer Guide", pol(st(action=["dynamodb:GetItem","dynamodb:Query"], resource="arn:aws:dynamodb:us-east-1:111122223333:table/GameScores", Condition={"ForAllValues:StringEquals":{"dynamodb:LeadingKeys":["${www.amazon.com:user_id}"]}})), [])
add("Lambda read logs", REAL, pol(st(action=["logs:CreateLogStream","logs:PutLogEvents"], resource="arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/app:*")), [])
# ---- actions
add("invalid action", REF, pol(st(action="s3:GetObjekt", resource=O)), ["INVALID_ACTION"])
add("invalid service in action", REF, pol(st(action="s4:GetObject", resource=O)), ["INVALID_SERVICE_IN_ACTION"])
add("redundant action", REF, pol(st(action=["s3:Get*","s3:GetObject"], resource=O)), ["REDUNDANT_ACTION"])
add("wildcard in service name", REF, pol(st(action="s*:GetObject", resource=O)), ["WILDCARD_IN_SERVICE_NAME"])
add("empty array action", REF, pol(st(action=[], resource=O)), ["EMPTY_ARRAY_ACTION"])
add("missing action", REF, pol(st(resource=O)), ["MISSING_ACTION"])
add("action and NotAction", REF, pol(st(action="s3:GetObject", NotAction="s3:PutObject", resource=O)), ["UNSUPPORTED_ELEMENT_COMBINATION"])
# ---- document
add("missing version", REF, pol(st(action="s3:GetObject", resource=O), version=None), ["MISSING_VERSION"])
add("invalid version", REF, pol(st(action="s3:GetObject", resource=O), version="2012-10-18"), ["INVALID_VERSION"])
add("missing statement", REF, {"Version":V}, ["MISSING_STATEMENT"])
add("json syntax error", REF, None, ["JSON_SYNTAX_ERROR"], text='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",, }]}')
add("data type mismatch", REF, pol(st(action=42, resource=O)), ["DATA_TYPE_MISMATCH"])
add("invalid policy element", REF, pol(st(action="s3:GetObject", resource=O, Condtion={})), ["INVALID_POLICY_ELEMENT"])
add("invalid effect", REF, pol(st(effect="Alow", action="s3:GetObject", resource=O)), ["INVALID_EFFECT"])
add("missing effect", REF, pol({"Action":"s3:GetObject","Resource":O}), ["MISSING_EFFECT"])
add("missing resource", REF, pol(st(action="s3:GetObject", resource=None)), ["MISSING_RESOURCE"])
add("empty array resource", REF, pol(st(action="s3:GetObject", resource=[])), ["EMPTY_ARRAY_RESOURCE"])
add("redundant resource", REF, pol(st(action="s3:GetObject", resource=[O, B+"/2025/*"])), ["REDUNDANT_RESOURCE"])
add("redundant statement", REF, pol(st(action="s3:GetObject", resource=O), st(action="s3:GetObject", resource=O)), ["REDUNDANT_STATEMENT"])
# ---- Sids
add("unique sids required", REF, pol(st(action="s3:GetObject", resource=O, Sid="Read"), st(action="s3:ListBucket", resource=B, Sid="Read")), ["UNIQUE_SIDS_REQUIRED"])
add("unsupported sid", REF, pol(st(action="s3:GetObject", resource=O, Sid="Read reports")), ["UNSUPPORTED_SID"], kind="identity")
add("empty sid", REF, pol(st(action="s3:GetObject", resource=O, Sid="")), ["EMPTY_SID_VALUE"])
# ---- ARNs
add("ARN region not allowed", REF, pol(st(action="s3:GetObject", resource="arn:aws:s3:us-east-1::example-reports/*")), ["ARN_REGION_NOT_ALLOWED"])
add("ARN account not allowed", REF, pol(st(action="s3:GetObject", resource="arn:aws:s3::111122223333:example-reports/*")), ["ARN_ACCOUNT_NOT_ALLOWED"])
add("invalid ARN account", REF, pol(st(action="iam:GetRole", resource="arn:aws:iam::12345:role/Reader")), ["INVALID_ARN_ACCOUNT"])
add("invalid ARN prefix", REF, pol(st(action="s3:GetObject", resource="example-reports/*")), ["INVALID_ARN_PREFIX"])
add("invalid ARN region", REF, pol(st(action="dynamodb:GetItem", resource="arn:aws:dynamodb:us-est-1:111122223333:table/T")), ["INVALID_ARN_REGION"])
add("missing ARN region", REF, pol(st(action="ec2:StartInstances", resource="arn:aws:ec2::111122223333:instance/*")), ["MISSING_ARN_REGION"])
add("missing ARN field", REF, pol(st(action="s3:GetObject", resource="arn:aws:s3")), ["MISSING_ARN_FIELD"])
add("invalid partition", REF, pol(st(action="s3:GetObject", resource="arn:amazon:s3:::example-reports/*")), ["INVALID_PARTITION"])
add("invalid ARN service case", REF, pol(st(action="s3:GetObject", resource="arn:aws:S3:::example-reports/*")), ["INVALID_ARN_SERVICE_CASE"])
add("invalid ARN resource", REF, pol(st(action="iam:GetRole", resource="arn:aws:iam::111122223333:rol/Reader")), ["INVALID_ARN_RESOURCE"])
add("invalid service in ARN", REF, pol(st(action="s3:GetObject", resource="arn:aws:s4:::example-reports/*")), ["INVALID_SERVICE"])
# ---- conditions
add("invalid condition operator", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEqualz":{"aws:username":"bob"}})), ["INVALID_CONDITION_OPERATOR"])
add("invalid global condition key", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEquals":{"aws:NotARealKey":"x"}})), ["INVALID_GLOBAL_CONDITION_KEY"])
add("invalid service condition key", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEquals":{"s3:NotAKey":"x"}})), ["INVALID_SERVICE_CONDITION_KEY"])
add("invalid condition key format", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEquals":{"bad":"x"}})), ["INVALID_CONDITION_KEY_FORMAT"])
add("unsupported global condition key", REF, pol(st(action="s3:GetObject", resource=O, Condition={"ArnEquals":{"aws:ARN":ACCT}})), ["UNSUPPORTED_GLOBAL_CONDITION_KEY"])
add("missing tag key", REF, pol(st(action="ec2:CreateTags", resource="*", Condition={"StringEquals":{"aws:RequestTag/":"blue"}})), ["MISSING_TAG_KEY_IN_CONDITION"])
add("duplicate keys with different case", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"StringNotEquals":{"aws:SourceVpc":"vpc-1a2b3c4d","aws:sourcevpc":"vpc-5e6f7a8b"}})), ["DUPLICATE_KEYS_WITH_DIFFERENT_CASE"])
add("missing qualifier", REF, pol(st(action="ec2:CreateTags", resource="*", Condition={"StringEquals":{"aws:TagKeys":"team"}})), ["MISSING_QUALIFIER"])
add("ForAllValues with single valued key", REF, pol(st(action="s3:GetObject", resource=O, Condition={"ForAllValues:StringEquals":{"aws:SourceVpc":"vpc-1a2b3c4d"}})), ["FORALLVALUES_WITH_SINGLE_VALUED_KEY"])
add("null with if exists", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"NullIfExists":{"aws:TokenIssueTime":"true"}})), ["NULL_WITH_IF_EXISTS"])
add("null with qualifier", REF, pol(st(effect="Deny", action="ec2:CreateTags", resource="*", Condition={"ForAnyValue:Null":{"aws:TagKeys":"true"}})), ["NULL_WITH_QUALIFIER"])
add("wildcard without like operator", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"StringNotEquals":{"aws:PrincipalArn":"arn:aws:iam::*:role/Admin"}})), ["WILDCARD_WITHOUT_LIKE_OPERATOR"])
add("type mismatch operator", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEquals":{"aws:MultiFactorAuthPresent":"true"}})), ["TYPE_MISMATCH"])
add("type mismatch boolean", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"Bool":{"aws:SecureTransport":"yes"}})), ["TYPE_MISMATCH_BOOLEAN"])
add("type mismatch number", REF, pol(st(action="s3:GetObject", resource=O, Condition={"NumericLessThan":{"aws:MultiFactorAuthAge":"an hour"}})), ["TYPE_MISMATCH_NUMBER"])
add("type mismatch date", REF, pol(st(action="s3:GetObject", resource=O, Condition={"DateLessThan":{"aws:CurrentTime":"tomorrow"}})), ["TYPE_MISMATCH_DATE"])
add("type mismatch IP range", REF, pol(st(action="s3:GetObject", resource=O, Condition={"IpAddress":{"aws:SourceIp":"203.0.113.300"}})), ["TYPE_MISMATCH_IP_RANGE"])
add("invalid condition multiple boolean", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"Bool":{"aws:SecureTransport":["true","false"]}})), ["INVALID_CONDITION_MULTIPLE_BOOLEAN"])
add("private IP address", REF, pol(st(action="s3:GetObject", resource=O, Condition={"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}})), ["PRIVATE_IP_ADDRESS"])
add("private NotIpAddress", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"NotIpAddress":{"aws:SourceIp":["192.168.0.0/16"]}})), ["PRIVATE_NOT_IP_ADDRESS"])
add("private IP address subset", REF, pol(st(action="s3:GetObject", resource=O, Condition={"IpAddress":{"aws:SourceIp":["10.0.0.0/8","203.0.113.0/24"]}})), ["PRIVATE_IP_ADDRESS_SUBSET"])
add("private NotIpAddress subset", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"NotIpAddress":{"aws:SourceIp":["10.0.0.0/8","203.0.113.0/24"]}})), ["PRIVATE_NOT_IP_ADDRESS_SUBSET"])
add("improve IP range", REF, pol(st(action="s3:GetObject", resource=O, Condition={"IpAddress":{"aws:SourceIp":"203.0.113.5/24"}})), ["IMPROVE_IP_RANGE"])
add("invalid date value", REF, pol(st(action="s3:GetObject", resource=O, Condition={"DateLessThan":{"aws:CurrentTime":"1767225600"}})), ["INVALID_DATE_VALUE"])
add("redundant numeric values", REF, pol(st(action="s3:GetObject", resource=O, Condition={"NumericLessThan":{"aws:MultiFactorAuthAge":["2700","3600"]}})), ["REDUNDANT_CONDITION_VALUE_NUM"])
add("invalid region", REF, pol(st(effect="Deny", action="*", resource="*", Condition={"StringNotEquals":{"aws:RequestedRegion":"eu-wset-1"}})), ["INVALID_REGION"])
add("invalid vpc format", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"StringNotEquals":{"aws:SourceVpc":"vpc-main"}})), ["INVALID_VPC_FORMAT"])
add("invalid vpce format", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"StringNotEquals":{"aws:SourceVpce":"endpoint-1"}})), ["INVALID_VPCE_FORMAT"])
add("empty array condition", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEquals":{"aws:username":[]}})), ["EMPTY_ARRAY_CONDITION"])
add("empty array condition ForAllValues", REF, pol(st(action="ec2:CreateTags", resource="*", Condition={"ForAllValues:StringEquals":{"aws:TagKeys":[]}})), ["EMPTY_ARRAY_CONDITION_FORALLVALUES"])
add("empty array condition ForAnyValue", REF, pol(st(action="ec2:CreateTags", resource="*", Condition={"ForAnyValue:StringEquals":{"aws:TagKeys":[]}})), ["EMPTY_ARRAY_CONDITION_FORANYVALUE"])
add("empty array condition IfExists", REF, pol(st(action="s3:GetObject", resource=O, Condition={"StringEqualsIfExists":{"aws:username":[]}})), ["EMPTY_ARRAY_CONDITION_IFEXISTS"])
add("empty object condition", REF, pol(st(action="s3:GetObject", resource=O, Condition={})), ["EMPTY_OBJECT_CONDITION"])
add("unsupported action for condition key", REF, pol(st(action="ec2:RunInstances", resource="*", Condition={"StringEquals":{"s3:x-amz-acl":"private"}})), ["UNSUPPORTED_ACTION_FOR_CONDITION_KEY"])
add("deny with unsupported tag key for a service", REF, pol(st(effect="Deny", action=["ec2:TerminateInstances","route53:DeleteHostedZone"], resource="*", Condition={"StringNotEquals":{"aws:ResourceTag/team":"blue"}})), ["DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"])
add("allow with unsupported tag key for a service", REF, pol(st(action=["ec2:StartInstances","route53:GetHostedZone"], resource="*", Condition={"StringEquals":{"aws:ResourceTag/team":"blue"}})), ["ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"])
add("deny NotAction with tag key", REF, pol(st(effect="Deny", action=None, NotAction="ec2:Describe*", resource="*", Condition={"StringNotEquals":{"aws:ResourceTag/team":"blue"}})), ["DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"])
# ---- variables
add("missing brace in variable", REF, pol(st(action="s3:GetObject", resource=B+"/home/${aws:username/*")), ["MISSING_BRACE_IN_VARIABLE"])
add("empty variable", REF, pol(st(action="s3:GetObject", resource=B+"/home/${}/*")), ["EMPTY_VARIABLE"])
add("space in variable", REF, pol(st(action="s3:GetObject", resource=B+"/home/${aws:user name}/*")), ["UNSUPPORTED_SPACE_IN_VARIABLE"])
add("missing quote in variable", REF, pol(st(action="s3:GetObject", resource=B+"/home/${aws:username, anonymous}/*")), ["MISSING_QUOTE_IN_VARIABLE"])
add("variable in principal", REF, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":"arn:aws:iam::111122223333:user/${aws:username}"})), ["VARIABLE_UNSUPPORTED_IN_ELEMENT"])
add("variable with version 2008", REF, pol(st(action="s3:GetObject", resource=B+"/home/${aws:username}/*"), version="2008-10-17"), ["VARIABLE_UNSUPPORTED_IN_VERSION"])
add("variable with a date operator", REF, pol(st(action="s3:GetObject", resource=O, Condition={"DateLessThan":{"aws:CurrentTime":"${aws:TokenIssueTime}"}})), ["INVALID_VARIABLE_FOR_OPERATOR"])
# ---- principals and kinds
add("principal in an identity policy", REF, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":ACCT})), ["UNSUPPORTED_PRINCIPAL"], kind="identity")
add("principal in an SCP", REF, pol(st(effect="Deny", action="s3:*", resource="*", Principal="*")), ["SCP_SYNTAX_ERROR_PRINCIPAL"], kind="scp")
add("missing principal in a bucket policy", REF, pol(st(action="s3:GetObject", resource=O)), ["MISSING_PRINCIPAL"], kind="resource", rtype="s3-bucket")
add("wildcard in principal ARN", REF, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":"arn:aws:iam::111122223333:role/*"})), ["UNSUPPORTED_WILDCARD_IN_PRINCIPAL"])
add("invalid principal key", REF, pol(st(action="s3:GetObject", resource=O, Principal={"Amazon":"x"})), ["INVALID_PRINCIPAL_KEY"])
add("invalid principal format", REF, pol(st(action="s3:GetObject", resource=O, Principal="bob")), ["INVALID_PRINCIPAL_FORMAT"])
add("invalid service principal format", REF, pol(st(action="sts:AssumeRole", resource=None, Principal={"Service":"ec2"})), ["INVALID_SERVICE_PRINCIPAL_FORMAT"])
add("role id as principal", REF, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":"AROAEXAMPLEID12345678"})), ["INVALID_ROLE_REFERENCE"])
add("user id as principal", REF, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":"AIDAEXAMPLEID12345678"})), ["INVALID_USER_REFERENCE"])
add("empty object principal", REF, pol(st(action="s3:GetObject", resource=O, Principal={})), ["EMPTY_OBJECT_PRINCIPAL"], kind="resource")
add("empty array principal", REF, pol(st(action="s3:GetObject", resource=O, Principal={"AWS":[]})), ["EMPTY_ARRAY_PRINCIPAL"])
add("allow with NotPrincipal", REF, pol(st(action="s3:GetObject", resource=O, NotPrincipal={"AWS":ACCT})), ["ALLOW_WITH_NOT_PRINCIPAL"])
add("trust policy with Principal *", REF, pol(st(action="sts:AssumeRole", resource=None, Principal="*")), ["ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL"])
add("trust policy with NotPrincipal", REF, pol(st(effect="Deny", action="sts:AssumeRole", resource=None, NotPrincipal={"AWS":ACCT}), st(action="sts:AssumeRole", resource=None, Principal={"AWS":ACCT})), ["ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL"], kind="resource", rtype="role-trust")
add("trust policy with Resource", REF, pol(st(action="sts:AssumeRole", resource="*", Principal={"AWS":ACCT})), ["ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE"], kind="resource", rtype="role-trust")
add("SAML provider with the web identity action", REF, pol(st(action="sts:AssumeRoleWithWebIdentity", resource=None, Principal={"Federated":"arn:aws:iam::111122223333:saml-provider/Okta"}, Condition={"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}})), ["MISMATCHED_ACTION_FOR_PRINCIPAL"])
add("GitHub trust without sub", REF, pol(st(action="sts:AssumeRoleWithWebIdentity", resource=None, Principal={"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, Condition={"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}})), ["MISSING_GITHUB_REPO_CONDITION_KEY"])
add("GitHub sub with a wildcard", REF, pol(st(action="sts:AssumeRoleWithWebIdentity", resource=None, Principal={"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, Condition={"StringLike":{"token.actions.githubusercontent.com:sub":"repo:octo-org/*"}, "StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}})), ["SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED"])
add("OIDC principal without a condition", REF, pol(st(action="sts:AssumeRoleWithWebIdentity", resource=None, Principal={"Federated":"accounts.google.com"})), ["MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL"])
add("service principal without source", REF, pol(st(action="s3:PutObject", resource=O, Principal={"Service":"logging.s3.amazonaws.com"})), ["RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL"])
add("service principal with source account", REF, pol(st(action="s3:PutObject", resource=O, Principal={"Service":"logging.s3.amazonaws.com"}, Condition={"StringEquals":{"aws:SourceAccount":"111122223333"}})), [])
add("unsupported action in a bucket policy", REF, pol(st(action=["s3:GetObject","sqs:SendMessage"], resource=O, Principal={"AWS":ACCT})), ["UNSUPPORTED_ACTION_IN_POLICY"], kind="resource", rtype="s3-bucket")
add("unsupported resource in a bucket policy", REF, pol(st(action="s3:GetObject", resource=[O, Q], Principal={"AWS":ACCT})), ["UNSUPPORTED_RESOURCE_ARN_IN_POLICY"], kind="resource", rtype="s3-bucket")
# ---- PassRole and service-linked roles
add("PassRole on *", REF, pol(st(action="iam:PassRole", resource="*")), ["PASS_ROLE_WITH_STAR_IN_RESOURCE"])
add("PassRole on role/*", "issue 12 / IAM best practice", pol(st(action="iam:PassRole", resource="arn:aws:iam::111122223333:role/app-*")), ["PASS_ROLE_WITH_STAR_IN_RESOURCE"])
add("PassRole scoped by PassedToService", REAL, pol(st(action="iam:PassRole", resource="arn:aws:iam::111122223333:role/app-*", Condition={"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}})), [])
add("PassRole on one role", REAL, pol(st(action="iam:PassRole", resource="arn:aws:iam::111122223333:role/app-runner")), [])
add("iam:* on *", REF, pol(st(action="iam:*", resource="*")), ["PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE","CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE"])
add("NotAction on *", REF, pol(st(action=None, NotAction="s3:*")), ["PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION","CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOTACTION"])
add("PassRole with NotResource", REF, pol(st(action="iam:PassRole", resource=None, NotResource="arn:aws:iam::111122223333:role/Admin")), ["PASS_ROLE_WITH_NOT_RESOURCE"])
add("iam:* with NotResource", REF, pol(st(action="iam:*", resource=None, NotResource="arn:aws:iam::111122223333:role/Admin")), ["PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE","CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOTRESOURCE"])
add("NotAction with NotResource", REF, pol(st(action=None, NotAction="s3:*", resource=None, NotResource="arn:aws:iam::111122223333:role/Admin")), ["PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE","CREATE_SLR_WITH_NOTACTION_AND_NOTRESOURCE"])
add("CreateServiceLinkedRole on *", REF, pol(st(action="iam:CreateServiceLinkedRole", resource="*")), ["CREATE_SLR_WITH_STAR_IN_RESOURCE"])
add("CreateServiceLinkedRole with NotResource", REF, pol(st(action="iam:CreateServiceLinkedRole", resource=None, NotResource="arn:aws:iam::111122223333:role/aws-service-role/x")), ["CREATE_SLR_WITH_NOT_RESOURCE"])
add("admin policy", "AWS managed policy AdministratorAccess", pol(st(action="*", resource="*")), ["PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE","CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE"])
add("SCP with full language", "Organizations (Sept 2025 full IAM language)", pol(st(action=None, NotAction="iam:*", resource=O, Condition={"StringEquals":{"aws:RequestedRegion":"eu-west-1"}})), [], kind="scp")
add("mixed JSON types in condition values", REF, pol(st(action="s3:ListBucket", resource=B, Condition={"StringEquals":{"s3:prefix":["home", 1]}})), ["INVALID_CONDITION_DATA_TYPE"])
add("BinaryEquals with a non-base64 value", REF, pol(st(effect="Deny", action="s3:*", resource=O, Condition={"BinaryEquals":{"aws:UserAgent":"not base64!"}})), ["TYPE_MISMATCH", "TYPE_MISMATCH_STRING"])
add("federated principal in a bucket policy", REF, pol(st(action="s3:GetObject", resource=O, Principal={"Federated":"accounts.google.com"})), ["FEDERATED_PRINCIPAL_NOT_SUPPORTED"], kind="resource", rtype="s3-bucket")
add("federated principal that is no provider", REF, pol(st(action="sts:AssumeRoleWithSAML", resource=None, Principal={"Federated":"Okta"})), ["INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY"], kind="resource", rtype="role-trust")
add("Roles Anywhere without session actions", REF, pol(st(action="sts:AssumeRole", resource=None, Principal={"Service":"rolesanywhere.amazonaws.com"})), ["MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY"])
add("Roles Anywhere done right", "IAM Roles Anywhere User Guide", pol(st(action=["sts:AssumeRole","sts:SetSourceIdentity","sts:TagSession"], resource=None, Principal={"Service":"rolesanywhere.amazonaws.com"}, Condition={"ArnEquals":{"aws:SourceArn":"arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/abc"}})), [])
add("session tag condition without sts:TagSession", REF, pol(st(action="sts:AssumeRole", resource=None, Principal={"AWS":ACCT}, Condition={"StringEquals":{"aws:RequestTag/project":"blue"}})), ["MISSING_ACTION_FOR_CONDITION_KEY"])
add("assumed-role principal next to its role", REF, pol(st(action="sts:AssumeRole", resource=None, Principal={"AWS":["arn:aws:iam::111122223333:role/Ops","arn:aws:sts::111122223333:assumed-role/Ops/alice"]})), ["REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY"])
add("principal key with a service principal", REF, pol(st(action="sqs:SendMessage", resource=Q, Principal={"Service":"sns.amazonaws.com"}, Condition={"StringEquals":{"aws:PrincipalOrgID":"o-abc123","aws:SourceAccount":"111122223333"}})), ["UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL"])
import os
json.dump(cases, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), "w"), indent=1)
print(len(cases))
