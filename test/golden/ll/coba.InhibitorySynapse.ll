; BrainTS kernels for synapse model InhibitorySynapse (models/coba.ts:112), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses. Arrays (fields): post.gi.
; Group-uniform parameters (params): w.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'InhibitorySynapse.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @InhibitorySynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !5 {
entry:
  ; models/coba.ts:116  onPre(t: number, dt: number) {
  %post.gi.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !8
  %post.gi.ptr = load double*, double** %post.gi.slot, align 8, !dbg !8
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !8
  %w = load double, double* %w.slot, align 8, !dbg !8
  %bad = alloca i64, align 8, !dbg !8
  store i64 0, i64* %bad, align 8, !dbg !8
  %0 = icmp sgt i64 %count, 0, !dbg !8
  br i1 %0, label %spike, label %done, !dbg !8

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !8
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !8
  %i = load i32, i32* %1, align 4, !dbg !8
  %2 = sext i32 %i to i64, !dbg !8
  %3 = sub i64 %count, 1, !dbg !8
  %4 = add i64 %q, 3, !dbg !8
  %5 = icmp slt i64 %4, %3, !dbg !8
  %6 = select i1 %5, i64 %4, i64 %3, !dbg !8
  %7 = getelementptr inbounds i32, i32* %spikes, i64 %6, !dbg !8
  %i.next = load i32, i32* %7, align 4, !dbg !8
  %8 = sext i32 %i.next to i64, !dbg !8
  %9 = add i64 %q, 6, !dbg !8
  %10 = icmp slt i64 %9, %3, !dbg !8
  %11 = select i1 %10, i64 %9, i64 %3, !dbg !8
  %12 = getelementptr inbounds i32, i32* %spikes, i64 %11, !dbg !8
  %i.after = load i32, i32* %12, align 4, !dbg !8
  %13 = sext i32 %i.after to i64, !dbg !8
  %14 = getelementptr inbounds i32, i32* %rowBegin, i64 %8, !dbg !8
  %row.next = load i32, i32* %14, align 4, !dbg !8
  %15 = sext i32 %row.next to i64, !dbg !8
  %16 = getelementptr inbounds i32, i32* %rowBegin, i64 %13, !dbg !8
  %17 = bitcast i32* %16 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %17, i32 0, i32 3, i32 1), !dbg !8
  %18 = add i64 %15, 0, !dbg !8
  %19 = getelementptr i32, i32* %col, i64 %18, !dbg !8
  %20 = bitcast i32* %19 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %20, i32 0, i32 3, i32 1), !dbg !8
  %21 = add i64 %15, 16, !dbg !8
  %22 = getelementptr i32, i32* %col, i64 %21, !dbg !8
  %23 = bitcast i32* %22 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %23, i32 0, i32 3, i32 1), !dbg !8
  %24 = add i64 %15, 32, !dbg !8
  %25 = getelementptr i32, i32* %col, i64 %24, !dbg !8
  %26 = bitcast i32* %25 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %26, i32 0, i32 3, i32 1), !dbg !8
  %27 = add i64 %15, 48, !dbg !8
  %28 = getelementptr i32, i32* %col, i64 %27, !dbg !8
  %29 = bitcast i32* %28 to i8*, !dbg !8
  call void @llvm.prefetch.p0i8(i8* %29, i32 0, i32 3, i32 1), !dbg !8
  %30 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !8
  %range.begin = load i32, i32* %30, align 4, !dbg !8
  %31 = sext i32 %range.begin to i64, !dbg !8
  %32 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !8
  %range.end = load i32, i32* %32, align 4, !dbg !8
  %33 = sext i32 %range.end to i64, !dbg !8
  %34 = icmp slt i64 %31, %33, !dbg !8
  br i1 %34, label %synapse, label %next.spike, !dbg !8

done:                                             ; preds = %next.spike, %entry
  ; models/coba.ts:117  this.post.gi += this.w;
  %35 = load i64, i64* %bad, align 8, !dbg !9
  %36 = icmp ne i64 %35, 0, !dbg !9
  %result = zext i1 %36 to i32, !dbg !9
  ret i32 %result, !dbg !9

synapse:                                          ; preds = %synapse, %spike
  ; models/coba.ts:116  onPre(t: number, dt: number) {
  %x = phi i64 [ %31, %spike ], [ %x.next, %synapse ], !dbg !8
  %37 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !8
  %j = load i32, i32* %37, align 4, !dbg !8
  %38 = sext i32 %j to i64, !dbg !8
  ; models/coba.ts:117  this.post.gi += this.w;
  %post.gi.addr = getelementptr inbounds double, double* %post.gi.ptr, i64 %38, !dbg !9
  %post.gi = load double, double* %post.gi.addr, align 8, !dbg !9
  %post.gi.next = fadd double %post.gi, %w, !dbg !10
  %post.gi.addr1 = getelementptr inbounds double, double* %post.gi.ptr, i64 %38, !dbg !9
  store double %post.gi.next, double* %post.gi.addr1, align 8, !dbg !9
  %39 = load i64, i64* %bad, align 8, !dbg !9
  %40 = or i64 %39, 0, !dbg !9
  store i64 %40, i64* %bad, align 8, !dbg !9
  %x.next = add i64 %x, 1, !dbg !9
  %41 = icmp slt i64 %x.next, %33, !dbg !9
  br i1 %41, label %synapse, label %next.spike, !dbg !9

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !9
  %42 = icmp slt i64 %q.next, %count, !dbg !9
  br i1 %42, label %spike, label %done, !dbg !9
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @InhibitorySynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, i32* %keys, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !11 {
entry:
  ; models/coba.ts:116  onPre(t: number, dt: number) {
  %post.gi.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !12
  %post.gi.ptr = load double*, double** %post.gi.slot, align 8, !dbg !12
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !12
  %w = load double, double* %w.slot, align 8, !dbg !12
  %bad = alloca i64, align 8, !dbg !12
  store i64 0, i64* %bad, align 8, !dbg !12
  %0 = icmp sgt i64 %count, 0, !dbg !12
  br i1 %0, label %synapse, label %done, !dbg !12

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !12
  %1 = sub i64 %count, 1, !dbg !12
  %2 = add i64 %q, 16, !dbg !12
  %3 = icmp slt i64 %2, %1, !dbg !12
  %4 = select i1 %3, i64 %2, i64 %1, !dbg !12
  %5 = getelementptr inbounds i32, i32* %ids, i64 %4, !dbg !12
  %k.ahead = load i32, i32* %5, align 4, !dbg !12
  %6 = sext i32 %k.ahead to i64, !dbg !12
  %7 = getelementptr i32, i32* %col, i64 %6, !dbg !12
  %8 = bitcast i32* %7 to i8*, !dbg !12
  call void @llvm.prefetch.p0i8(i8* %8, i32 0, i32 3, i32 1), !dbg !12
  %9 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !12
  %k = load i32, i32* %9, align 4, !dbg !12
  %10 = sext i32 %k to i64, !dbg !12
  %11 = getelementptr inbounds i32, i32* %pre, i64 %10, !dbg !12
  %i = load i32, i32* %11, align 4, !dbg !12
  %12 = sext i32 %i to i64, !dbg !12
  %13 = getelementptr inbounds i32, i32* %col, i64 %10, !dbg !12
  %j = load i32, i32* %13, align 4, !dbg !12
  %14 = sext i32 %j to i64, !dbg !12
  ; models/coba.ts:117  this.post.gi += this.w;
  %post.gi.addr = getelementptr inbounds double, double* %post.gi.ptr, i64 %14, !dbg !13
  %post.gi = load double, double* %post.gi.addr, align 8, !dbg !13
  %post.gi.next = fadd double %post.gi, %w, !dbg !14
  %post.gi.addr1 = getelementptr inbounds double, double* %post.gi.ptr, i64 %14, !dbg !13
  store double %post.gi.next, double* %post.gi.addr1, align 8, !dbg !13
  %15 = load i64, i64* %bad, align 8, !dbg !13
  %16 = or i64 %15, 0, !dbg !13
  store i64 %16, i64* %bad, align 8, !dbg !13
  %q.next = add i64 %q, 1, !dbg !13
  %17 = icmp slt i64 %q.next, %count, !dbg !13
  br i1 %17, label %synapse, label %done, !dbg !13

done:                                             ; preds = %synapse, %entry
  %18 = load i64, i64* %bad, align 8, !dbg !13
  %19 = icmp ne i64 %18, 0, !dbg !13
  %result = zext i1 %19 to i32, !dbg !13
  ret i32 %result, !dbg !13
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DISubprogram(name: "InhibitorySynapse.onPre_rows", linkageName: "InhibitorySynapse_onPre_rows", scope: !3, file: !3, line: 116, type: !6, scopeLine: 116, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !7)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 116, column: 3, scope: !5)
!9 = !DILocation(line: 117, column: 5, scope: !5)
!10 = !DILocation(line: 117, column: 21, scope: !5)
!11 = distinct !DISubprogram(name: "InhibitorySynapse.onPre_ids", linkageName: "InhibitorySynapse_onPre_ids", scope: !3, file: !3, line: 116, type: !6, scopeLine: 116, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !7)
!12 = !DILocation(line: 116, column: 3, scope: !11)
!13 = !DILocation(line: 117, column: 5, scope: !11)
!14 = !DILocation(line: 117, column: 21, scope: !11)
; braints-hash: bf9a912fcace55a26afcfd2bc038b2a22fb201df9327d91aae20d91c09f6d7b5
