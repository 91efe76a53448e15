; BrainTS kernels for synapse model StaticCurrentSynapse (models/iaf-psc-exp.ts:75), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses. Arrays (fields): post.I_ex, post.I_in.
; Group-uniform parameters (params): w.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'StaticCurrentSynapse.cpu'
source_filename = "models/iaf-psc-exp.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @StaticCurrentSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !5 {
entry:
  ; models/iaf-psc-exp.ts:79  onPre(t: number, dt: number) {
  %post.I_ex.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !8
  %post.I_ex.ptr = load double*, double** %post.I_ex.slot, align 8, !dbg !8
  %post.I_in.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !8
  %post.I_in.ptr = load double*, double** %post.I_in.slot, align 8, !dbg !8
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !8
  %w = load double, double* %w.slot, align 8, !dbg !8
  ; models/iaf-psc-exp.ts:82  this.post.I_ex += this.w > 0 ? this.w : 0;
  %0 = fcmp ogt double %w, 0.000000e+00, !dbg !9
  %u0 = select i1 %0, double %w, double 0.000000e+00, !dbg !10
  ; models/iaf-psc-exp.ts:83  this.post.I_in += this.w > 0 ? 0 : this.w;
  %1 = fcmp ogt double %w, 0.000000e+00, !dbg !11
  %u1 = select i1 %1, double 0.000000e+00, double %w, !dbg !12
  %bad = alloca i64, align 8, !dbg !12
  store i64 0, i64* %bad, align 8, !dbg !12
  %2 = icmp sgt i64 %count, 0, !dbg !12
  br i1 %2, label %spike, label %done, !dbg !12

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !12
  %3 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !12
  %i = load i32, i32* %3, align 4, !dbg !12
  %4 = sext i32 %i to i64, !dbg !12
  %5 = sub i64 %count, 1, !dbg !12
  %6 = add i64 %q, 3, !dbg !12
  %7 = icmp slt i64 %6, %5, !dbg !12
  %8 = select i1 %7, i64 %6, i64 %5, !dbg !12
  %9 = getelementptr inbounds i32, i32* %spikes, i64 %8, !dbg !12
  %i.next = load i32, i32* %9, align 4, !dbg !12
  %10 = sext i32 %i.next to i64, !dbg !12
  %11 = add i64 %q, 6, !dbg !12
  %12 = icmp slt i64 %11, %5, !dbg !12
  %13 = select i1 %12, i64 %11, i64 %5, !dbg !12
  %14 = getelementptr inbounds i32, i32* %spikes, i64 %13, !dbg !12
  %i.after = load i32, i32* %14, align 4, !dbg !12
  %15 = sext i32 %i.after to i64, !dbg !12
  %16 = getelementptr inbounds i32, i32* %rowBegin, i64 %10, !dbg !12
  %row.next = load i32, i32* %16, align 4, !dbg !12
  %17 = sext i32 %row.next to i64, !dbg !12
  %18 = getelementptr inbounds i32, i32* %rowBegin, i64 %15, !dbg !12
  %19 = bitcast i32* %18 to i8*, !dbg !12
  call void @llvm.prefetch.p0i8(i8* %19, i32 0, i32 3, i32 1), !dbg !12
  %20 = add i64 %17, 0, !dbg !12
  %21 = getelementptr i32, i32* %col, i64 %20, !dbg !12
  %22 = bitcast i32* %21 to i8*, !dbg !12
  call void @llvm.prefetch.p0i8(i8* %22, i32 0, i32 3, i32 1), !dbg !12
  %23 = add i64 %17, 16, !dbg !12
  %24 = getelementptr i32, i32* %col, i64 %23, !dbg !12
  %25 = bitcast i32* %24 to i8*, !dbg !12
  call void @llvm.prefetch.p0i8(i8* %25, i32 0, i32 3, i32 1), !dbg !12
  %26 = add i64 %17, 32, !dbg !12
  %27 = getelementptr i32, i32* %col, i64 %26, !dbg !12
  %28 = bitcast i32* %27 to i8*, !dbg !12
  call void @llvm.prefetch.p0i8(i8* %28, i32 0, i32 3, i32 1), !dbg !12
  %29 = add i64 %17, 48, !dbg !12
  %30 = getelementptr i32, i32* %col, i64 %29, !dbg !12
  %31 = bitcast i32* %30 to i8*, !dbg !12
  call void @llvm.prefetch.p0i8(i8* %31, i32 0, i32 3, i32 1), !dbg !12
  %32 = getelementptr inbounds i32, i32* %rowBegin, i64 %4, !dbg !12
  %range.begin = load i32, i32* %32, align 4, !dbg !12
  %33 = sext i32 %range.begin to i64, !dbg !12
  %34 = getelementptr inbounds i32, i32* %rowEnd, i64 %4, !dbg !12
  %range.end = load i32, i32* %34, align 4, !dbg !12
  %35 = sext i32 %range.end to i64, !dbg !12
  %36 = icmp slt i64 %33, %35, !dbg !12
  br i1 %36, label %synapse, label %next.spike, !dbg !12

done:                                             ; preds = %next.spike, %entry
  %37 = load i64, i64* %bad, align 8, !dbg !13
  %38 = icmp ne i64 %37, 0, !dbg !13
  %result = zext i1 %38 to i32, !dbg !13
  ret i32 %result, !dbg !13

synapse:                                          ; preds = %synapse, %spike
  %x = phi i64 [ %33, %spike ], [ %x.next, %synapse ], !dbg !12
  %39 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !12
  %j = load i32, i32* %39, align 4, !dbg !12
  %40 = sext i32 %j to i64, !dbg !12
  ; models/iaf-psc-exp.ts:82  this.post.I_ex += this.w > 0 ? this.w : 0;
  %post.I_ex.addr = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %40, !dbg !14
  %post.I_ex = load double, double* %post.I_ex.addr, align 8, !dbg !14
  %post.I_ex.next = fadd double %post.I_ex, %u0, !dbg !15
  ; models/iaf-psc-exp.ts:83  this.post.I_in += this.w > 0 ? 0 : this.w;
  %post.I_in.addr = getelementptr inbounds double, double* %post.I_in.ptr, i64 %40, !dbg !13
  %post.I_in = load double, double* %post.I_in.addr, align 8, !dbg !13
  %post.I_in.next = fadd double %post.I_in, %u1, !dbg !16
  ; models/iaf-psc-exp.ts:82  this.post.I_ex += this.w > 0 ? this.w : 0;
  %post.I_ex.addr1 = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %40, !dbg !14
  store double %post.I_ex.next, double* %post.I_ex.addr1, align 8, !dbg !14
  ; models/iaf-psc-exp.ts:83  this.post.I_in += this.w > 0 ? 0 : this.w;
  %post.I_in.addr2 = getelementptr inbounds double, double* %post.I_in.ptr, i64 %40, !dbg !13
  store double %post.I_in.next, double* %post.I_in.addr2, align 8, !dbg !13
  %41 = load i64, i64* %bad, align 8, !dbg !13
  %42 = or i64 %41, 0, !dbg !13
  store i64 %42, i64* %bad, align 8, !dbg !13
  %x.next = add i64 %x, 1, !dbg !13
  %43 = icmp slt i64 %x.next, %35, !dbg !13
  br i1 %43, label %synapse, label %next.spike, !dbg !13

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !13
  %44 = icmp slt i64 %q.next, %count, !dbg !13
  br i1 %44, label %spike, label %done, !dbg !13
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @StaticCurrentSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !17 {
entry:
  ; models/iaf-psc-exp.ts:79  onPre(t: number, dt: number) {
  %post.I_ex.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !18
  %post.I_ex.ptr = load double*, double** %post.I_ex.slot, align 8, !dbg !18
  %post.I_in.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !18
  %post.I_in.ptr = load double*, double** %post.I_in.slot, align 8, !dbg !18
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !18
  %w = load double, double* %w.slot, align 8, !dbg !18
  ; models/iaf-psc-exp.ts:82  this.post.I_ex += this.w > 0 ? this.w : 0;
  %0 = fcmp ogt double %w, 0.000000e+00, !dbg !19
  %u0 = select i1 %0, double %w, double 0.000000e+00, !dbg !20
  ; models/iaf-psc-exp.ts:83  this.post.I_in += this.w > 0 ? 0 : this.w;
  %1 = fcmp ogt double %w, 0.000000e+00, !dbg !21
  %u1 = select i1 %1, double 0.000000e+00, double %w, !dbg !22
  %bad = alloca i64, align 8, !dbg !22
  store i64 0, i64* %bad, align 8, !dbg !22
  %2 = icmp sgt i64 %count, 0, !dbg !22
  br i1 %2, label %synapse, label %done, !dbg !22

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !22
  %3 = sub i64 %count, 1, !dbg !22
  %4 = add i64 %q, 16, !dbg !22
  %5 = icmp slt i64 %4, %3, !dbg !22
  %6 = select i1 %5, i64 %4, i64 %3, !dbg !22
  %7 = getelementptr inbounds i32, i32* %ids, i64 %6, !dbg !22
  %k.ahead = load i32, i32* %7, align 4, !dbg !22
  %8 = sext i32 %k.ahead to i64, !dbg !22
  %9 = getelementptr i32, i32* %col, i64 %8, !dbg !22
  %10 = bitcast i32* %9 to i8*, !dbg !22
  call void @llvm.prefetch.p0i8(i8* %10, i32 0, i32 3, i32 1), !dbg !22
  %11 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !22
  %k = load i32, i32* %11, align 4, !dbg !22
  %12 = sext i32 %k to i64, !dbg !22
  %13 = getelementptr inbounds i32, i32* %pre, i64 %12, !dbg !22
  %i = load i32, i32* %13, align 4, !dbg !22
  %14 = sext i32 %i to i64, !dbg !22
  %15 = getelementptr inbounds i32, i32* %col, i64 %12, !dbg !22
  %j = load i32, i32* %15, align 4, !dbg !22
  %16 = sext i32 %j to i64, !dbg !22
  ; models/iaf-psc-exp.ts:82  this.post.I_ex += this.w > 0 ? this.w : 0;
  %post.I_ex.addr = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %16, !dbg !23
  %post.I_ex = load double, double* %post.I_ex.addr, align 8, !dbg !23
  %post.I_ex.next = fadd double %post.I_ex, %u0, !dbg !24
  ; models/iaf-psc-exp.ts:83  this.post.I_in += this.w > 0 ? 0 : this.w;
  %post.I_in.addr = getelementptr inbounds double, double* %post.I_in.ptr, i64 %16, !dbg !25
  %post.I_in = load double, double* %post.I_in.addr, align 8, !dbg !25
  %post.I_in.next = fadd double %post.I_in, %u1, !dbg !26
  ; models/iaf-psc-exp.ts:82  this.post.I_ex += this.w > 0 ? this.w : 0;
  %post.I_ex.addr1 = getelementptr inbounds double, double* %post.I_ex.ptr, i64 %16, !dbg !23
  store double %post.I_ex.next, double* %post.I_ex.addr1, align 8, !dbg !23
  ; models/iaf-psc-exp.ts:83  this.post.I_in += this.w > 0 ? 0 : this.w;
  %post.I_in.addr2 = getelementptr inbounds double, double* %post.I_in.ptr, i64 %16, !dbg !25
  store double %post.I_in.next, double* %post.I_in.addr2, align 8, !dbg !25
  %17 = load i64, i64* %bad, align 8, !dbg !25
  %18 = or i64 %17, 0, !dbg !25
  store i64 %18, i64* %bad, align 8, !dbg !25
  %q.next = add i64 %q, 1, !dbg !25
  %19 = icmp slt i64 %q.next, %count, !dbg !25
  br i1 %19, label %synapse, label %done, !dbg !25

done:                                             ; preds = %synapse, %entry
  %20 = load i64, i64* %bad, align 8, !dbg !25
  %21 = icmp ne i64 %20, 0, !dbg !25
  %result = zext i1 %21 to i32, !dbg !25
  ret i32 %result, !dbg !25
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "iaf-psc-exp.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DISubprogram(name: "StaticCurrentSynapse.onPre_rows", linkageName: "StaticCurrentSynapse_onPre_rows", scope: !3, file: !3, line: 79, type: !6, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !7)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 79, column: 3, scope: !5)
!9 = !DILocation(line: 82, column: 32, scope: !5)
!10 = !DILocation(line: 82, column: 45, scope: !5)
!11 = !DILocation(line: 83, column: 32, scope: !5)
!12 = !DILocation(line: 83, column: 40, scope: !5)
!13 = !DILocation(line: 83, column: 5, scope: !5)
!14 = !DILocation(line: 82, column: 5, scope: !5)
!15 = !DILocation(line: 82, column: 23, scope: !5)
!16 = !DILocation(line: 83, column: 23, scope: !5)
!17 = distinct !DISubprogram(name: "StaticCurrentSynapse.onPre_ids", linkageName: "StaticCurrentSynapse_onPre_ids", scope: !3, file: !3, line: 79, type: !6, scopeLine: 79, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !7)
!18 = !DILocation(line: 79, column: 3, scope: !17)
!19 = !DILocation(line: 82, column: 32, scope: !17)
!20 = !DILocation(line: 82, column: 45, scope: !17)
!21 = !DILocation(line: 83, column: 32, scope: !17)
!22 = !DILocation(line: 83, column: 40, scope: !17)
!23 = !DILocation(line: 82, column: 5, scope: !17)
!24 = !DILocation(line: 82, column: 23, scope: !17)
!25 = !DILocation(line: 83, column: 5, scope: !17)
!26 = !DILocation(line: 83, column: 23, scope: !17)
; braints-hash: eabb4daa75ed2ae7ad263cc7a6b173f410341309dd4eef5b800b239096089475
