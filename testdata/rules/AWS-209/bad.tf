resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      TABLE_NAME  = "orders"
      DB_PASSWORD = "Winter2024!orders" # want AWS-209 "DB_PASSWORD holds a literal password assignment"
    }
  }
}

resource "aws_lambda_function" "short" {
  function_name = "short"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "short.zip"
  environment {
    variables = {
      ADMIN_TOKEN = "let me in" # want AWS-209 "ADMIN_TOKEN holds a literal value"
    }
  }
}

# Base64 that is not a KMS ciphertext blob is still the secret itself.
resource "aws_lambda_function" "encoded" {
  function_name = "encoded"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "encoded.zip"
  environment {
    variables = {
      API_TOKEN = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkq" # want AWS-209 "API_TOKEN"
    }
  }
}

resource "aws_ecs_task_definition" "worker" { # want AWS-333
  family = "worker"
  container_definitions = jsonencode([{ # want AWS-209 "STRIPE_API_KEY"
    name      = "worker"
    image     = "example/worker:1.4"
    essential = true
    environment = [
      { name = "QUEUE", value = "jobs" },
      { name = "STRIPE_API_KEY", value = "sk_live_4eC39HqLyjWDarjtT1zdp7dc" },
    ]
  }])
}

resource "aws_instance" "legacy" { # want AWS-311 # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nexport MYSQL_ROOT_PASSWORD=hunter2hunter2\nyum install -y mariadb-server\n" # want AWS-209 "user_data holds a literal password assignment"
  root_block_device {
    encrypted = true
  }
}

resource "aws_launch_configuration" "workers" { # want AWS-311
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nexport DB_PASSWORD=\\\"Wint3rIsC0ming42\\\"\n" # want AWS-209 "literal password assignment"
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
      value = "s3cr3t-Passw0rd" # want AWS-209
    }
  }
}

variable "bitbucket_user" {
  type    = string
  default = "ci-bot"
}

variable "bitbucket_app_password" {
  type      = string
  sensitive = true
}

# A Bitbucket app password written into the clone URL.
resource "aws_codebuild_project" "site" {
  name         = "site"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "BITBUCKET"
    location = "https://ci-bot:ATBBx7Qd2LwS9rKf4Hn3@bitbucket.org/acme/site.git" # want AWS-209 "user name and a password or token"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}

# The same credential from variables still ends up in the project; a
# secondary source clones with a GitHub token as the user name.
resource "aws_codebuild_project" "docs" {
  name         = "docs"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "BITBUCKET"
    location = "https://${var.bitbucket_user}:${var.bitbucket_app_password}@bitbucket.org/acme/docs.git" # want AWS-209 "user name and a password or token"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}

resource "aws_codebuild_project" "theme" {
  name         = "theme"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/acme/site.git"
  }

  secondary_sources {
    source_identifier = "theme"
    type              = "GITHUB"
    location          = "https://ghp_R2d9Kq7LmX4vB8nT1cW6yZ3hJ5sF0aE2uQ9p@github.com/acme/theme.git" # want AWS-209 "access token as its user name"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}

# A Batch job's container environment, and the container of a multi-node
# job's node range: a secret access key is one whatever its variable is
# called.
resource "aws_batch_job_definition" "export" {
  name = "export"
  type = "container"
  container_properties = jsonencode({ # want AWS-209 "UPLOAD_AUTH holds an AWS secret access key"
    image   = "123456789012.dkr.ecr.us-east-1.amazonaws.com/export:3"
    command = ["export", "--all"]
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" },
    ]
    environment = [
      { name = "TARGET_BUCKET", value = "acme-exports" },
      { name = "UPLOAD_AUTH", value = "Qzdd5tNtbZPn/xNMcqNCIWIH4p+7TnKmY9oVDrQ2" },
    ]
  })
}

resource "aws_batch_job_definition" "train" {
  name = "train"
  type = "multinode"
  node_properties = jsonencode({ # want AWS-209 "DB_PASSWORD"
    mainNode = 0
    numNodes = 2
    nodeRangeProperties = [{
      targetNodes = "0:"
      container = {
        image       = "123456789012.dkr.ecr.us-east-1.amazonaws.com/train:1"
        vcpus       = 4
        memory      = 8192
        environment = [{ name = "DB_PASSWORD", value = "Tr41n-w1th-m3-please" }]
      }
    }]
  })
}

# A boot script that sets a login password from a literal.
resource "aws_instance" "bastion_password" { # want AWS-311 # want AWS-105
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\necho \"ec2-user:B4st10nL0g1n!\" | chpasswd\n" # want AWS-209 "password set with chpasswd"
  root_block_device {
    encrypted = true
  }
}

# A long-lived IAM user key handed to a function in its environment: the
# secret is kept in clear text in the function's configuration.
resource "aws_iam_user" "reporting" { # want AWS-031
  name = "reporting"
}

resource "aws_iam_access_key" "reporting" { # want AWS-034
  user = aws_iam_user.reporting.name
}

resource "aws_lambda_function" "reporting" {
  function_name = "reporting"
  role          = "arn:aws:iam::123456789012:role/reporting"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = {
      REPORT_ACCESS_KEY_ID = aws_iam_access_key.reporting.id
      REPORT_SECRET_KEY    = aws_iam_access_key.reporting.secret # want AWS-209 "aws_iam_access_key.reporting"
    }
  }
}

# A boot script that connects to its database with the password in the URL:
# interpolated when the instance is created, in clear text in its user data.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_instance" "loader" { # want AWS-311 # want AWS-105
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\npsql \"postgresql://loader:${var.db_password}@db.internal:5432/app\" -f /opt/seed.sql\n" # want AWS-209 "URL with a password"
  root_block_device {
    encrypted = true
  }
}

# User data built from an access key: the instance receives the user's
# long-lived key instead of using its instance profile.
resource "aws_iam_access_key" "sync" { # want AWS-034
  user = "sync"
}

resource "aws_launch_template" "sync" { # want AWS-311
  name_prefix = "sync-"
  image_id    = "ami-0c55b159cbfafe1f0"
  user_data = base64encode(templatefile("${path.module}/sync.sh.tftpl", { # want AWS-209 "aws_iam_access_key.sync"
    key_id = aws_iam_access_key.sync.id
    secret = aws_iam_access_key.sync.secret
  }))
}

# Elastic Beanstalk environment properties are shown by
# DescribeConfigurationSettings.
resource "aws_elastic_beanstalk_environment" "shop" { # want AWS-026 # want AWS-214
  name                = "shop"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "SYNC_SECRET_KEY"
    value     = aws_iam_access_key.sync.secret # want AWS-209 "SYNC_SECRET_KEY"
  }
  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "DJANGO_SECRET_KEY"
    value     = "k3ep-th1s-s3cret-pl3ase"
  }
}
