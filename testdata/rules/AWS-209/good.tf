variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "secrets" {
  description         = "secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "stripe" { # want AWS-302
  name       = "stripe"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      TABLE_NAME         = "orders"
      DB_PASSWORD        = var.db_password
      DB_PASSWORD_ARN    = aws_secretsmanager_secret.stripe.arn
      API_TOKEN_PARAM    = "/app/api/token"
      SECRET_ROTATION_ON = "true"
      TOKEN_TTL          = "3600"
      API_KEY_HEADER     = "x-api-key"
    }
  }
}

# Encrypted with the console's encryption helpers (aws kms encrypt): the
# value is a KMS ciphertext blob, decrypted by the function at run time.
resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/billing"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "billing.zip"
  kms_key_arn   = aws_kms_key.secrets.arn
  environment {
    variables = {
      DB_PASSWORD = "AQICAHilTcoYJTC7HW0TLN7WI3su2R4/ch/LGXEXRJTWSTydXDRgvjEgHmn+2qDu6LmZf1x8KZn9r+WTAAAAbjBsBgkqhkiG9w0BBwagXzBdAgEAMFgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQMJTzWVK9N+tcUJ6Cus/7pIy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4"
    }
  }
}

resource "aws_ecs_task_definition" "worker" { # want AWS-333
  family = "worker"
  container_definitions = jsonencode([{
    name      = "worker"
    image     = "example/worker:1.4"
    essential = true
    environment = [
      { name = "QUEUE", value = "jobs" },
    ]
    secrets = [
      { name = "STRIPE_API_KEY", valueFrom = aws_secretsmanager_secret.stripe.arn },
    ]
  }])
}

resource "aws_instance" "app" { # want AWS-311 # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
    export DB_PASSWORD
  EOT
  root_block_device {
    encrypted = true
  }
}

resource "aws_codebuild_project" "build" {
  name           = "build"
  service_role   = "arn:aws:iam::123456789012:role/codebuild"
  encryption_key = "alias/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "DEPLOY_PASSWORD"
      type  = "PARAMETER_STORE"
      value = "/app/prod/deploy-password"
    }

    environment_variable {
      name  = "STAGE"
      value = "prod"
    }
  }
}

variable "bitbucket_app_password" {
  type      = string
  sensitive = true
}

variable "repository_url" {
  type = string
}

# CodeBuild reads the Bitbucket credential it stores for the account; the
# clone URL names the repository only, or a user without a password.
resource "aws_codebuild_source_credential" "bitbucket" {
  auth_type   = "BASIC_AUTH"
  server_type = "BITBUCKET"
  user_name   = "ci-bot"
  token       = var.bitbucket_app_password
}

resource "aws_codebuild_project" "site" {
  for_each     = toset(["site", "docs"])
  name         = each.key
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "BITBUCKET"
    location = "https://bitbucket.org/acme/${each.key}.git"
  }

  secondary_sources {
    source_identifier = "shared"
    type              = "BITBUCKET"
    location          = "https://ci-bot@bitbucket.org/acme/shared.git"
  }

  secondary_sources {
    source_identifier = "assets"
    type              = "S3"
    location          = "acme-build-assets/site.zip"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}

# A URL the caller passes in may hold anything.
resource "aws_codebuild_project" "ext" {
  name         = "ext"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "GITHUB"
    location = var.repository_url # want-note AWS-209
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}

# The Batch job reads its credential from Secrets Manager (secrets
# valueFrom); a commit digest and an upper-case build id of forty
# characters are not secret keys.
resource "aws_batch_job_definition" "export" {
  name = "export"
  type = "container"
  container_properties = jsonencode({
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/export:3"
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" },
    ]
    environment = [
      { name = "GIT_COMMIT", value = "9b051e42b840439325b7152414f86f7912323d0b" },
      { name = "BUILD_ID", value = "QRIU40EIAHLBZQMIPPWKFOYJMJ6GGPMV0ZRLZIU3" },
    ]
    secrets = [
      { name = "UPLOAD_AUTH", valueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:export/upload-AbCdEf" },
    ]
  })
}

# A password set from a value read at boot, not written in the script.
resource "aws_instance" "bastion_login" { # want AWS-311 # want AWS-105
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    PW=$(aws secretsmanager get-secret-value --secret-id bastion-login --query SecretString --output text)
    echo "ec2-user:$PW" | chpasswd
  EOT
  root_block_device {
    encrypted = true
  }
}

# The key id alone, and the ARN of where the secret is kept, are not
# secrets.
resource "aws_iam_user" "exporter" { # want AWS-031
  name = "exporter"
}

resource "aws_iam_access_key" "exporter" { # want AWS-034
  user = aws_iam_user.exporter.name
}

resource "aws_lambda_function" "exporter" {
  function_name = "exporter"
  role          = "arn:aws:iam::123456789012:role/exporter"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = {
      EXPORT_ACCESS_KEY_ID = aws_iam_access_key.exporter.id
      EXPORT_SECRET_ARN    = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:exporter-key"
    }
  }
}

# Environment properties that name where a secret is kept, and settings
# that are not secrets.
resource "aws_elastic_beanstalk_environment" "shop" { # want AWS-026
  name                = "shop"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "DB_SECRET_ARN"
    value     = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db"
  }
  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "TOKEN_TTL"
    value     = "3600"
  }
  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = "true"
  }
}

# A connection URL whose password the script reads at run time.
resource "aws_instance" "loader" { # want AWS-311 # want AWS-105
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nDB_PASSWORD=$(aws ssm get-parameter --with-decryption --name /app/db --query Parameter.Value --output text)\npsql \"postgresql://loader:$DB_PASSWORD@db.internal:5432/app\" -f /opt/seed.sql\n"
  root_block_device {
    encrypted = true
  }
}
