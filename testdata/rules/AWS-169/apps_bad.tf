# App Runner, AppFlow, CodeArtifact, CodePipeline and Bedrock custom model
# stores that fall back to an AWS owned or AWS managed key.

resource "aws_apprunner_service" "web" { # want AWS-169 "encryption_configuration.kms_key"
  service_name = "web"
  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/nginx/nginx:latest"
      image_repository_type = "ECR_PUBLIC"
      image_configuration {
        port = "80"
      }
    }
    auto_deployments_enabled = false
  }
  network_configuration {
    ingress_configuration {
      is_publicly_accessible = false
    }
  }
}

resource "aws_appflow_flow" "crm_export" { # want AWS-169 "kms_arn"
  name = "crm-export"
  source_flow_config {
    connector_type = "S3"
    source_connector_properties {
      s3 {
        bucket_name   = "crm-raw"
        bucket_prefix = "in"
      }
    }
  }
  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = "crm-curated"
        s3_output_format_config {
          file_type = "PARQUET"
        }
      }
    }
  }
  task {
    source_fields     = ["id"]
    destination_field = "id"
    task_type         = "Map"
    connector_operator {
      s3 = "NO_OP"
    }
  }
  trigger_config {
    trigger_type = "OnDemand"
  }
}

resource "aws_codeartifact_domain" "packages" {
  domain         = "packages"
  encryption_key = "arn:aws:kms:eu-west-1:111122223333:alias/aws/codeartifact" # want AWS-169 "AWS managed"
}

variable "pipelines" {
  description = "Pipelines and their artifact buckets."
  type        = map(string)
  default     = { api = "api-artifacts", web = "web-artifacts" }
}

resource "aws_codepipeline" "deploy" {
  for_each = var.pipelines
  name     = each.key
  role_arn = "arn:aws:iam::111122223333:role/codepipeline"
  artifact_store { # want AWS-169 "artifact_store.encryption_key.id"
    type     = "S3"
    location = each.value
  }
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        S3Bucket    = each.value
        S3ObjectKey = "source.zip"
      }
    }
  }
  stage {
    name = "Deploy"
    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "S3"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        BucketName = "${each.key}-site"
        Extract    = "true"
      }
    }
  }
}

resource "aws_bedrock_custom_model" "support" { # want AWS-169 "custom_model_kms_key_id"
  custom_model_name     = "support-assistant"
  job_name              = "support-assistant-ft"
  base_model_identifier = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
  role_arn              = "arn:aws:iam::111122223333:role/bedrock-customization"
  hyperparameters = {
    epochCount = "1"
  }
  output_data_config {
    s3_uri = "s3://bedrock-models/output/"
  }
  training_data_config {
    s3_uri = "s3://bedrock-models/train.jsonl"
  }
}
