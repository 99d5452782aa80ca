provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAZ7QX3M4N5P6R7T8V" # want AWS-117
  secret_key = "k9Q2vX7mB4nR8tW1yZ5aC3dF6gH0jL2pS4uV8xY1"
}

resource "aws_lambda_function" "sync" {
  function_name = "sync"
  role          = "arn:aws:iam::111122223333:role/sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  s3_bucket     = "artifacts-111122223333"
  s3_key        = "sync.zip"
  environment {
    variables = {
      AWS_ACCESS_KEY_ID     = "AKIAQ2W3E4R5T6Y7U8I9" # want AWS-117
      AWS_SECRET_ACCESS_KEY = "Zx8Cv7Bn6Mq5Lw4Ke3Jr2Ht1Gy0Fu9Di8So7Ap6Q"
    }
  }
}

locals {
  worker_boot = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAM1N2B3V4C5X6Z7L8
    export AWS_SECRET_ACCESS_KEY=Pq9Wr8Et7Yu6Io5Pa4Sd3Fg2Hj1Kl0Zx9Cv8Bn7M
    aws s3 sync s3://config-bucket /etc/app
  EOT
}

resource "aws_launch_template" "worker" { # want AWS-311
  name_prefix   = "worker-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  user_data     = base64encode(local.worker_boot) # want AWS-117
}

resource "aws_ecs_task_definition" "report" { # want AWS-333
  family = "report"
  container_definitions = jsonencode([{ # want AWS-117
    name  = "report"
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/report:2.1"
    environment = [
      { name = "AWS_ACCESS_KEY_ID", value = "AKIAW2E3R4T5Y6U7I8O9" },
      { name = "AWS_SECRET_ACCESS_KEY", value = "Hn7Gb6Vf5Cd4Xs3Za2Qw1Er0Ty9Ui8Op7As6Df5G" },
    ]
  }])
}

# A key pair pasted into a parameter: encrypted in Parameter Store, but in
# clear in the code and the state.
resource "aws_ssm_parameter" "legacy_uploader" {
  name = "/legacy/uploader/credentials"
  type = "SecureString"
  value = jsonencode({ # want AWS-117
    aws_access_key_id     = "AKIAR5T6Y7U8I9O0P1Q2"
    aws_secret_access_key = "Qw3Er4Ty5Ui6Op7As8Df9Gh0Jk1Lz2Xc3Vb4Nm5Q"
  })
}
